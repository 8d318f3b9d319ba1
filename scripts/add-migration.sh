#!/usr/bin/env bash
# Adds a migration to both providers' migration sets, so SQLite and PostgreSQL stay in step.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/../src/SendCareers.Web"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresAppDbContext --output-dir Data/Migrations/Postgres --no-build
rm -f design-time.db
