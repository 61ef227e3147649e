FROM ruby:3.3-slim
RUN gem install rails:7.1.3 bundler:2.5.10
RUN gem install -v 1.16.0 nokogiri
