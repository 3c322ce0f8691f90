# syntax=docker/dockerfile:1
# TransitOpt API, and the transitopt command line beside it (for `dotnet transitopt.dll worker`, the solver worker).
# Debian-based images throughout: OR-Tools' native library needs glibc (it does not run on Alpine/musl).
# Multi-platform: the SDK stage runs on the build machine and publishes for the target architecture (amd64 or arm64),
# so the image carries the OR-Tools native library of the machine it runs on.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
# The build bundles the map workbench (src/TransitOpt.Api/Workbench) with node and npm from its lock file.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Restore from the project files alone, so the package layer is reused until a project or package version changes.
COPY src/TransitOpt.Network/TransitOpt.Network.csproj src/TransitOpt.Network/
COPY src/TransitOpt.Optimization/TransitOpt.Optimization.csproj src/TransitOpt.Optimization/
COPY src/TransitOpt.Api/TransitOpt.Api.csproj src/TransitOpt.Api/
COPY src/TransitOpt.Cli/TransitOpt.Cli.csproj src/TransitOpt.Cli/
RUN dotnet restore src/TransitOpt.Cli/TransitOpt.Cli.csproj -a "$TARGETARCH"
# The workbench's npm packages in a layer of their own, reused until the lock file changes.
COPY src/TransitOpt.Api/Workbench/package.json src/TransitOpt.Api/Workbench/package-lock.json src/TransitOpt.Api/Workbench/
RUN npm ci --prefix src/TransitOpt.Api/Workbench --no-audit --no-fund
COPY src/ src/
# Both into one folder: the command line shares the API's assemblies (same package versions, centrally managed).
RUN dotnet publish src/TransitOpt.Api/TransitOpt.Api.csproj -c Release -a "$TARGETARCH" --no-restore --self-contained false -o /app \
 && dotnet publish src/TransitOpt.Cli/TransitOpt.Cli.csproj -c Release -a "$TARGETARCH" --no-restore --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY data/ ./data/
# Accepted plan jobs are kept under Jobs__Directory (mount a volume there) so they survive a restart.
RUN mkdir -p /var/lib/transitopt/jobs && chown "$APP_UID" /var/lib/transitopt/jobs
# Port and data folder from the environment; set ConnectionStrings__Redis (e.g. redis:6379) for the shared cache and
# Auth__ApiKeys__0 for write operations. With Redis, jobs live there and API replicas can leave solving to workers
# (Jobs__RunWorker=false; workers: dotnet transitopt.dll worker --urls http://0.0.0.0:8081 --data /app/data).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Data__Directory=/app/data \
    Jobs__Directory=/var/lib/transitopt/jobs
EXPOSE 8080
# Ready = network loaded (and Redis reachable when configured). The image has no curl: bash's /dev/tcp asks instead.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The image's built-in non-root user.
USER $APP_UID
ENTRYPOINT ["dotnet", "TransitOpt.Api.dll"]
