FROM node:22-slim
RUN npm install -g typescript@5.4.5 @angular/cli@17.3.0
RUN npm i @scope/tool@1.2.3
RUN npm ci && npm install
