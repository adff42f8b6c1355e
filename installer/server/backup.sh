#!/usr/bin/env bash
# Back up the Rounds server database (PostgreSQL or SQLite) into a dated file.
#   installer/server/backup.sh /var/backups/rounds        (as root or the rounds user)
# Reads ROUNDS_DATABASE_URL from the environment or /etc/rounds-server/env. Keeps 30 days.
# Restore: docs/deploy-server.md, "Restore".
set -euo pipefail
dest=${1:-/var/backups/rounds}
keep_days=${KEEP_DAYS:-30}
if [ -z "${ROUNDS_DATABASE_URL:-}" ] && [ -r /etc/rounds-server/env ]; then
    ROUNDS_DATABASE_URL=$(sed -n 's/^ROUNDS_DATABASE_URL=//p' /etc/rounds-server/env)
fi
url=${ROUNDS_DATABASE_URL:-sqlite:////var/lib/rounds-server/rounds-server.sqlite3}
mkdir -p "$dest"
chmod 0700 "$dest"
stamp=$(date +%Y%m%d-%H%M%S)
case "$url" in
    postgresql*)
        # pg_dump wants a libpq URL: drop SQLAlchemy's "+driver".
        pg_url=$(printf '%s' "$url" | sed 's/^postgresql+[a-z0-9]*:/postgresql:/')
        out="$dest/rounds-$stamp.dump"
        pg_dump --format=custom --no-owner --file="$out" "$pg_url"
        ;;
    sqlite*)
        file=${url#sqlite:///}
        out="$dest/rounds-$stamp.sqlite3"
        # SQLite's online backup: consistent while the server keeps running (WAL).
        python3 -c "import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); d=sqlite3.connect(sys.argv[2]); s.backup(d); d.close(); s.close()" "$file" "$out"
        ;;
    *) echo "unsupported database URL: $url" >&2; exit 1 ;;
esac
chmod 0600 "$out"
find "$dest" -name 'rounds-*' -type f -mtime +"$keep_days" -delete
echo "backup: $out ($(du -h "$out" | cut -f1))"
