#!/usr/bin/env bash
# Seed the fuzz corpora from the real corpus (../shared/corpus relative to the repository root).
#
#   fuzz/seed.sh            # from anywhere; writes fuzz/corpus/{parse,render,align}/
#
# parse, render: every 14th file (path order) of each content root, the two seeds and the 28
#   malformed files of FORMAT.md part 3; render also gets the align pairs.
# align: the same article in two locales joined by one 0xFF byte (the targets' separator), and a
#   few triples whose third part (after a second 0xFF) is read as the en-US file.
# Inputs are cut to 65,000 bytes (a multi-version input: its share per version) at a line end, as
# libFuzzer runs with -max_len=65536.
# Deterministic: same corpus in, same seeds out. Existing seeds are kept (names are content hashes).
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$here/.." && pwd)/../shared/corpus
if [ ! -d "$corpus" ]; then
    echo "seed.sh: $corpus not found; no seeds written (the targets still run from an empty corpus)" >&2
    exit 0
fi
corpus=$(cd "$corpus" && pwd)
out="$here/corpus"
mkdir -p "$out/parse" "$out/render" "$out/align"
max=65000

# The first $max bytes of a file, cut after its last complete line.
cut_file() {
    if [ "$(stat -c %s "$1")" -le "$max" ]; then
        cat "$1"
    else
        head -c "$max" "$1" | sed '$d'
    fi
}

# Store stdin in corpus folder $1 under its SHA-1, as libFuzzer names its own units.
store() {
    local tmp
    tmp=$(mktemp)
    cat >"$tmp"
    mv "$tmp" "$1/$(sha1sum "$tmp" | cut -c1-40)"
}

single() {
    for target in parse render; do
        cut_file "$corpus/$1" | store "$out/$target"
    done
}

# Locale versions $2.. of article $1 (a path below the locale folder of root $r), 0xFF-joined.
joined() {
    local root=$1 article=$2
    shift 2
    local max=$((max / $#)) # each part gets its share of the length limit
    local first=1
    for locale in "$@"; do
        [ -f "$corpus/$root/$locale/$article" ] || return 0
    done
    for locale in "$@"; do
        [ $first = 1 ] || printf '\377'
        first=0
        cut_file "$corpus/$root/$locale/$article"
    done
}

pair() {
    local data
    data=$(mktemp)
    joined "$@" >"$data"
    if [ -s "$data" ]; then
        for target in align render; do store "$out/$target" <"$data"; done
    fi
    rm -f "$data"
}

n=0
# A sample of every content root.
while IFS= read -r f; do
    single "$f"
    n=$((n + 1))
done < <(cd "$corpus" && find . -name '*.md' -printf '%P\n' | LC_ALL=C sort | awk 'NR % 14 == 1')
# The seeds and the 28 malformed files (FORMAT.md part 3).
for f in seeds/ro-RO/close-your-account.md seeds/it-IT/close-your-account.md \
    alchemy/{ar-SA,de-DE,it-IT,ja-JP,ro-RO}/AlchemyInsights/{outlook-com-setting-changes,troubleshoot-presence-issues-outlook}.md \
    m365/nl-NL/microsoft-365/admin/get-help-with-domains/what-is-a-domain.md \
    m365/nl-NL/microsoft-365/admin/manage/centralized-deployment-of-add-ins.md \
    m365/nl-NL/microsoft-365/business/increase-threat-protection.md \
    m365/nl-NL/microsoft-365/campaigns/m365-campaigns-increase-protection.md \
    m365/nl-NL/microsoft-365/compliance/ediscovery-diagnostic-info.md \
    m365/nl-NL/microsoft-365/contentunderstanding/explanation-types-overview.md \
    m365/nl-NL/microsoft-365/enterprise/high-availability-federated-authentication-phase-1-configure-azure.md \
    m365/nl-NL/microsoft-365/security/defender-endpoint/configure-server-endpoints.md \
    m365/nl-NL/microsoft-365/security/defender-endpoint/deploy-manage-report-microsoft-defender-antivirus.md \
    skype/{es-ES,it-IT,ja-JP}/Skype/SfbHybrid/hybrid/{cloud-consolidation-disabling-hybrid,cloud-consolidation,move-users-from-on-premises-to-skype-for-business-online}.md \
    m365/nl-NL/microsoft-365/business-video/moveto-microsoft-365/cancel-google.md \
    m365/nl-NL/microsoft-365/admin/setup/install-applications.md \
    m365/nl-NL/microsoft-365/managed-desktop/get-started/deploy-apps.md; do
    single "$f"
    n=$((n + 1))
done

p=0
# Pairs: every 8th alchemy article (it-IT/ro-RO, de-DE/ar-SA, ja-JP/it-IT by turns) and every
# 12th skype article (it-IT/ja-JP or it-IT/es-ES), plus the shapes part 3 names.
i=0
while IFS= read -r a; do
    case $((i % 3)) in
        0) pair alchemy "$a" it-IT ro-RO ;;
        1) pair alchemy "$a" de-DE ar-SA ;;
        2) pair alchemy "$a" ja-JP it-IT ;;
    esac
    i=$((i + 1))
    p=$((p + 1))
done < <(cd "$corpus/alchemy/it-IT" && find . -name '*.md' -printf '%P\n' | LC_ALL=C sort | awk 'NR % 8 == 1')
i=0
while IFS= read -r a; do
    if [ $((i % 2)) = 0 ]; then pair skype "$a" it-IT ja-JP; else pair skype "$a" it-IT es-ES; fi
    i=$((i + 1))
    p=$((p + 1))
done < <(cd "$corpus/skype/it-IT" && find . -name '*.md' -printf '%P\n' | LC_ALL=C sort | awk 'NR % 12 == 1')
for a in AlchemyInsights/connection-closed-error-sharepoint.md \
    AlchemyInsights/sharepoint-migration-is-running-slowly.md \
    AlchemyInsights/outlook-com-setting-changes.md \
    AlchemyInsights/troubleshoot-presence-issues-outlook.md \
    AlchemyInsights/upload-a-video-to-microsoft-stream.md \
    AlchemyInsights/office-cloud-policy-service.md \
    AlchemyInsights/index.md; do
    pair alchemy "$a" it-IT ro-RO
    p=$((p + 1))
done
pair skype Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md it-IT ja-JP
pair skype Teams/includes/upgrade-disclaimer.md es-ES ja-JP
pair skype Skype/SfbHybrid/hybrid/cloud-consolidation.md it-IT es-ES
pair m365 microsoft-365/commerce/close-your-account.md it-IT nl-NL
pair m365 microsoft-365/commerce/close-your-account.md de-DE ar-SA
p=$((p + 5))

# Triples: two sxs versions and an English article (en-US): m365's real English file, and for
# alchemy (no English published) the plain Italian file standing in as one.
pair m365 microsoft-365/commerce/close-your-account.md it-IT nl-NL en-US
pair m365 microsoft-365/commerce/close-your-account.md pl-PL tr-TR en-US
data=$(mktemp)
{
    joined alchemy AlchemyInsights/how-to-close-your-account.md it-IT ro-RO
    printf '\377'
    cut_file "$corpus/alchemy-plain/it-IT/AlchemyInsights/how-to-close-your-account.md"
} >"$data"
for target in align render; do store "$out/$target" <"$data"; done
rm -f "$data"
p=$((p + 3))

for target in parse render align; do
    echo "fuzz/corpus/$target: $(find "$out/$target" -type f | wc -l) files"
done
echo "($n single files and $p multi-version inputs taken from $corpus)"
