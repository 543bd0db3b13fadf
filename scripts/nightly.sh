#!/usr/bin/env bash
# Nightly bulletin run, for cron or a systemd timer.
#
# Makes every report in the inbox into the output folder (skipping those already up to date),
# writes batch-report.json there and, when a feed URL is configured, refreshes feed.xml.
# Settings come from [batch] and [feed] in $AUDIOBULLETIN_HOME/config.toml, or from these
# environment variables; any further arguments are passed on to `audiobulletin batch`.
#
#   AUDIOBULLETIN           the command (default: audiobulletin on PATH)
#   AUDIOBULLETIN_INBOX     folder of reports
#   AUDIOBULLETIN_OUTPUT    output folder (the one a web server publishes)
#   AUDIOBULLETIN_FEED_URL  the URL that output folder is served at
#   AUDIOBULLETIN_JOBS      reports made at the same time
#
# Exit code: 0 all made or up to date, 1 some failed (or another run still holds the folder),
# 2 a usage or configuration error. Progress and the summary go to stderr, for the log.
set -euo pipefail

read -r -a command <<<"${AUDIOBULLETIN:-audiobulletin}"
args=()
if [[ -n "${AUDIOBULLETIN_INBOX:-}" ]]; then args+=("$AUDIOBULLETIN_INBOX"); fi
if [[ -n "${AUDIOBULLETIN_OUTPUT:-}" ]]; then args+=(-o "$AUDIOBULLETIN_OUTPUT"); fi
if [[ -n "${AUDIOBULLETIN_FEED_URL:-}" ]]; then args+=(--feed-url "$AUDIOBULLETIN_FEED_URL"); fi
if [[ -n "${AUDIOBULLETIN_JOBS:-}" ]]; then args+=(--jobs "$AUDIOBULLETIN_JOBS"); fi

echo "nightly: $(date -u +%Y-%m-%dT%H:%M:%SZ) starting" >&2
# Low CPU and I/O priority: the machine may serve the bulletins while they are made.
exec nice -n 10 "${command[@]}" batch "${args[@]}" "$@"
