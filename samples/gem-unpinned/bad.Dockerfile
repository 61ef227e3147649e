FROM ruby:3.3-slim
# expect: gem-unpinned "'rails'"
RUN gem install rails bundler:2.5.10
