FROM node:22-slim
# expect: npm-unpinned "'typescript'"
RUN npm install -g typescript @angular/cli@17.3.0
# expect: npm-unpinned "'@scope/tool'"
RUN npm i @scope/tool
# A moving dist-tag is not a pin:
# expect: npm-unpinned "'minimist@latest'"
RUN npm install minimist@latest
# package.json and lock files pin: no names, nothing to report.
RUN npm ci && npm install
