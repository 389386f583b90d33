#!/usr/bin/env bash
# Builds the Teams app package: manifest.json (with the bot's Microsoft App ID filled in) plus the two
# icons, at the root of manifest/allybot-teams.zip, ready for "Upload a custom app" in Teams.
#
#   MicrosoftAppId=00000000-0000-0000-0000-000000000000 manifest/build.sh
#
# Environment:
#   MicrosoftAppId        required; the Azure Bot's app (client) id, a GUID. Same key the bot reads.
#   BOT_DOMAIN            optional; the bot's public host name (e.g. allybot.example.org), put in validDomains
#                         and used for the developer URLs unless those are given.
#   ALLYBOT_APP_VERSION   optional; the package version (semver), default 1.0.0. Raise it on every update.
#   ALLYBOT_WEBSITE_URL, ALLYBOT_PRIVACY_URL, ALLYBOT_TERMS_URL
#                         optional https URLs for the developer block.
#   ALLYBOT_TEAMS_ZIP     optional; where to write the package, default manifest/allybot-teams.zip.
#
# Needs only bash and python3 (its zipfile module), so no `zip` install is required.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

app_id="${MicrosoftAppId:-}"
if [ -z "$app_id" ]; then
  echo "build.sh: MicrosoftAppId is not set. Set it to your Azure Bot's Microsoft App ID (a GUID), e.g." >&2
  echo "  MicrosoftAppId=00000000-0000-0000-0000-000000000000 $0" >&2
  exit 2
fi
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "build.sh: MicrosoftAppId '$app_id' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)." >&2
  exit 2
fi

out="${ALLYBOT_TEAMS_ZIP:-$here/allybot-teams.zip}"

APP_ID="$app_id" OUT="$out" HERE="$here" python3 - <<'PY'
import json, os, re, sys, zipfile

here, out = os.environ["HERE"], os.environ["OUT"]
app_id = os.environ["APP_ID"].lower()
domain = os.environ.get("BOT_DOMAIN", "").strip()
version = os.environ.get("ALLYBOT_APP_VERSION", "").strip() or "1.0.0"

def fail(message):
    print("build.sh: " + message, file=sys.stderr)
    sys.exit(2)

if domain and not re.fullmatch(r"(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}", domain):
    fail(f"BOT_DOMAIN '{domain}' is not a host name (no scheme, no path), e.g. allybot.example.org")
if not re.fullmatch(r"\d+\.\d+\.\d+", version):
    fail(f"ALLYBOT_APP_VERSION '{version}' is not a semantic version like 1.2.3")

with open(os.path.join(here, "manifest.json"), encoding="utf-8") as f:
    manifest = json.loads(f.read().replace("{{MICROSOFT_APP_ID}}", app_id))

manifest["version"] = version
developer = manifest["developer"]
for key, env, path in (("websiteUrl", "ALLYBOT_WEBSITE_URL", "/"), ("privacyUrl", "ALLYBOT_PRIVACY_URL", "/privacy"),
                       ("termsOfUseUrl", "ALLYBOT_TERMS_URL", "/terms")):
    url = os.environ.get(env, "").strip() or (f"https://{domain}{path}" if domain else developer[key])
    if not url.startswith("https://"):
        fail(f"{env} must be an https:// URL (Teams rejects others), got '{url}'")
    developer[key] = url
manifest["validDomains"] = [domain] if domain else []

# Fixed timestamps and order: the same inputs give the same zip bytes.
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
    add("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    for icon in ("color.png", "outline.png"):
        with open(os.path.join(here, icon), "rb") as f:
            add(icon, f.read())
print(f"build.sh: wrote {out} (app id {app_id}, version {version})")
PY
