# syntax=docker/dockerfile:1
# SendCareers: build with the .NET SDK (plus Node for the GOV.UK Frontend stylesheet), run on the
# ASP.NET runtime as a non-root user with the data folder (SQLite database, mail pickup) as a volume.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, so a code change does not refetch packages.
COPY global.json Directory.Build.props Directory.Packages.props SendCareers.sln ./
COPY src/SendCareers.Domain/SendCareers.Domain.csproj src/SendCareers.Domain/
COPY src/SendCareers.Web/SendCareers.Web.csproj src/SendCareers.Web/package.json src/SendCareers.Web/package-lock.json src/SendCareers.Web/
RUN dotnet restore src/SendCareers.Web/SendCareers.Web.csproj \
 && cd src/SendCareers.Web && npm ci --no-audit --no-fund

COPY content/ content/
COPY src/ src/
RUN dotnet publish src/SendCareers.Web/SendCareers.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 sendcareers \
 && useradd --system --uid 10001 --gid sendcareers --home-dir /app --shell /usr/sbin/nologin sendcareers \
 && mkdir -p /data \
 && chown sendcareers:sendcareers /data
COPY --from=build --chown=root:root /app ./

# Site__BaseUrl has no default here: pass the public address (docker run -e Site__BaseUrl=https://...);
# the app refuses to start in Production without it.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Data__Path=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
EXPOSE 8080
USER sendcareers
ENTRYPOINT ["dotnet", "SendCareers.Web.dll"]
