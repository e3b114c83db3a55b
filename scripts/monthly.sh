#!/usr/bin/env bash
# The month's posture report: export what AWS holds (Security Hub, Inspector, ECR scans, WAF
# configuration and logs) into exports/YYYY-MM/<source>/, then render reports/YYYY-MM/ with the
# history kept in one file from month to month. Every command is explained in docs/exporting.md,
# and docs/posture-readonly-policy.json is all the access it needs.
#
# Usage: scripts/monthly.sh [options] [-- extra posture report options]
#   --month YYYY-MM           POSTURE_MONTH         default: the previous calendar month (UTC)
#   --regions "R1 R2"|all     POSTURE_REGIONS       default: AWS_REGION, else the profile's Region
#   --profile NAME            AWS_PROFILE
#   --sources "LIST"          POSTURE_SOURCES       default: "securityhub inspector2 ecr waf"
#   --securityhub asff|ocsf   POSTURE_SECURITYHUB   default: asff (get-findings; ocsf = get-findings-v2)
#   --updated-in-month        POSTURE_UPDATED_IN_MONTH=1   only findings updated in the month (see docs)
#   --no-cloudfront           POSTURE_CLOUDFRONT=0  skip CLOUDFRONT web ACLs (us-east-1)
#   --sampled                 POSTURE_SAMPLED=1     also export the last 3 hours of sampled requests
#                             POSTURE_WAF_LOG_S3      "s3://bucket/AWSLogs/ACCOUNT/WAFLogs/REGION/ACL ..."
#                             POSTURE_WAF_LOG_GROUPS  "region:aws-waf-logs-name ..."
#   --exports DIR             POSTURE_EXPORTS       default: exports
#   --reports DIR             POSTURE_REPORTS       default: reports
#   --history FILE            POSTURE_HISTORY       default: posture-history.sqlite
#   --acceptances FILE        POSTURE_ACCEPTANCES   default: risk-acceptances.yml (used if it exists)
#   --environments FILE       POSTURE_ENVIRONMENTS  default: environments.yml (used if it exists)
#   --organization NAME       POSTURE_ORGANIZATION
#   --format LIST             POSTURE_FORMAT        default: html,md,json
#   --editions "LIST"         POSTURE_EDITIONS      more editions, each in reports/YYYY-MM/<edition>/
#   --posture PATH            POSTURE_BIN           default: posture on PATH, else .build/{release,debug}/posture
#   --skip-export | --skip-report                   run one half only
set -euo pipefail

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

die() {
    printf 'monthly.sh: %s\n' "$*" >&2
    exit 2
}

note() {
    printf 'monthly.sh: %s\n' "$*" >&2
}

month="${POSTURE_MONTH:-}"
regions="${POSTURE_REGIONS:-}"
sources="${POSTURE_SOURCES:-securityhub inspector2 ecr waf}"
securityhub="${POSTURE_SECURITYHUB:-asff}"
updated_in_month="${POSTURE_UPDATED_IN_MONTH:-0}"
cloudfront="${POSTURE_CLOUDFRONT:-1}"
sampled="${POSTURE_SAMPLED:-0}"
waf_log_s3="${POSTURE_WAF_LOG_S3:-}"
waf_log_groups="${POSTURE_WAF_LOG_GROUPS:-}"
exports_root="${POSTURE_EXPORTS:-exports}"
reports_root="${POSTURE_REPORTS:-reports}"
history="${POSTURE_HISTORY:-posture-history.sqlite}"
acceptances="${POSTURE_ACCEPTANCES:-risk-acceptances.yml}"
environments="${POSTURE_ENVIRONMENTS:-environments.yml}"
organization="${POSTURE_ORGANIZATION:-}"
format="${POSTURE_FORMAT:-html,md,json}"
editions="${POSTURE_EDITIONS:-}"
posture_bin="${POSTURE_BIN:-}"
do_export=1
do_report=1
passthrough=()

while (($# > 0)); do
    case "$1" in
        --month) month="${2:?--month needs YYYY-MM}"; shift 2 ;;
        --regions) regions="${2:?--regions needs a list}"; shift 2 ;;
        --profile) export AWS_PROFILE="${2:?--profile needs a name}"; shift 2 ;;
        --sources) sources="${2:?--sources needs a list}"; shift 2 ;;
        --securityhub) securityhub="${2:?--securityhub needs asff or ocsf}"; shift 2 ;;
        --updated-in-month) updated_in_month=1; shift ;;
        --no-cloudfront) cloudfront=0; shift ;;
        --sampled) sampled=1; shift ;;
        --exports) exports_root="${2:?--exports needs a folder}"; shift 2 ;;
        --reports) reports_root="${2:?--reports needs a folder}"; shift 2 ;;
        --history) history="${2:?--history needs a file}"; shift 2 ;;
        --acceptances) acceptances="${2:?--acceptances needs a file}"; shift 2 ;;
        --environments) environments="${2:?--environments needs a file}"; shift 2 ;;
        --organization) organization="${2:?--organization needs a name}"; shift 2 ;;
        --format) format="${2:?--format needs a list}"; shift 2 ;;
        --editions) editions="${2:?--editions needs a list}"; shift 2 ;;
        --posture) posture_bin="${2:?--posture needs a path}"; shift 2 ;;
        --skip-export) do_export=0; shift ;;
        --skip-report) do_report=0; shift ;;
        -h | --help) usage; exit 0 ;;
        --) shift; passthrough=("$@"); break ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

# --- dates, in plain bash arithmetic so that GNU and BSD date both work ---------------------

# Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
days_from_civil() {
    local y=$1 m=$2 d=$3 era yoe doy doe
    if ((m <= 2)); then y=$((y - 1)); fi
    era=$(((y >= 0 ? y : y - 399) / 400))
    yoe=$((y - era * 400))
    doy=$(((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1))
    doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
    echo $((era * 146097 + doe - 719468))
}

days_in_month() {
    local y=$1 m=$2
    case $m in
        1 | 3 | 5 | 7 | 8 | 10 | 12) echo 31 ;;
        4 | 6 | 9 | 11) echo 30 ;;
        *) if (((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)); then echo 29; else echo 28; fi ;;
    esac
}

if [[ -z $month ]]; then
    this_year=$(date -u +%Y)
    this_month=$(date -u +%m)
    previous=$((10#$this_month - 1))
    if ((previous == 0)); then
        month=$(printf '%04d-12' $((this_year - 1)))
    else
        month=$(printf '%04d-%02d' "$this_year" "$previous")
    fi
fi
[[ $month =~ ^([0-9]{4})-(0[1-9]|1[0-2])$ ]] || die "--month must be YYYY-MM, not \"$month\""
year=$((10#${BASH_REMATCH[1]}))
mon=$((10#${BASH_REMATCH[2]}))
mm=${BASH_REMATCH[2]}
last_day=$(days_in_month "$year" "$mon")
as_of="$month-$last_day"
month_start_days=$(days_from_civil "$year" "$mon" 1)
if ((mon == 12)); then next_iso=$(printf '%04d-01-01' $((year + 1))); else next_iso=$(printf '%04d-%02d-01' "$year" $((mon + 1))); fi

month_dir="$exports_root/$month"
report_dir="$reports_root/$month"

case $securityhub in asff | ocsf | none) ;; *) die "--securityhub must be asff, ocsf or none" ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# save FILE COMMAND...: runs the command; its output becomes FILE only when it succeeds, so a
# failed call never leaves a half-written export behind for the report to read.
save() {
    local file=$1
    shift
    mkdir -p "$(dirname "$file")"
    "$@" >"$work/output"
    mv "$work/output" "$file"
}

has_source() {
    [[ " $sources " == *" $1 "* ]]
}

# --- exports ---------------------------------------------------------------------------------

export_securityhub() {
    local out=$1 first=${regions%% *} filters aggregator home region err
    filters='{"RecordState":[{"Value":"ACTIVE","Comparison":"EQUALS"}]}'
    if [[ $updated_in_month == 1 ]]; then
        filters='{"RecordState":[{"Value":"ACTIVE","Comparison":"EQUALS"}],"UpdatedAt":[{"Start":"'"$month-01T00:00:00Z"'","End":"'"${next_iso}T00:00:00Z"'"}]}'
    fi
    if [[ $securityhub == ocsf ]]; then
        filters='{"CompositeFilters":[{"StringFilters":[{"FieldName":"activity_name","Filter":{"Value":"Close","Comparison":"NOT_EQUALS"}}]}]}'
        if [[ $updated_in_month == 1 ]]; then
            filters='{"CompositeFilters":[{"StringFilters":[{"FieldName":"activity_name","Filter":{"Value":"Close","Comparison":"NOT_EQUALS"}}],"DateFilters":[{"FieldName":"finding_info.modified_time_dt","Filter":{"Start":"'"$month-01T00:00:00Z"'","End":"'"${next_iso}T00:00:00Z"'"}}],"Operator":"AND"}]}'
        fi
        aggregator=$(aws securityhub list-aggregators-v2 --region "$first" \
            --query 'AggregatorsV2[0].AggregatorV2Arn' --output text)
    else
        aggregator=$(aws securityhub list-finding-aggregators --region "$first" \
            --query 'FindingAggregators[0].FindingAggregatorArn' --output text)
    fi
    if [[ -n $aggregator && $aggregator != None ]]; then
        home=$(cut -d: -f4 <<<"$aggregator")
        note "Security Hub aggregates into $home: one export covers every linked Region"
        if [[ $securityhub == ocsf ]]; then
            save "$out/securityhub-v2/aggregated-$home.json" aws securityhub get-findings-v2 --region "$home" \
                --output json --filters "$filters"
        else
            save "$out/securityhub/aggregated-$home.json" aws securityhub get-findings --region "$home" \
                --output json --filters "$filters"
        fi
        return
    fi
    for region in $regions; do
        if ! err=$(aws securityhub describe-hub --region "$region" --output json 2>&1 >/dev/null); then
            if [[ $err == *InvalidAccessException* ]]; then
                note "Security Hub is not enabled in $region: no findings exported there"
                continue
            fi
            die "securityhub describe-hub in $region: $err"
        fi
        if [[ $securityhub == ocsf ]]; then
            save "$out/securityhub-v2/$region.json" aws securityhub get-findings-v2 --region "$region" \
                --output json --filters "$filters"
        else
            save "$out/securityhub/$region.json" aws securityhub get-findings --region "$region" \
                --output json --filters "$filters"
        fi
    done
}

export_inspector2() {
    local out=$1 region
    for region in $regions; do
        save "$out/inspector2/$region.json" aws inspector2 list-findings --region "$region" --output json \
            --filter-criteria '{"findingStatus":[{"comparison":"NOT_EQUALS","value":"CLOSED"}]}'
    done
}

export_ecr() {
    local out=$1 region repos repo digests digest
    for region in $regions; do
        repos=$(aws ecr describe-repositories --region "$region" \
            --query 'repositories[].repositoryName' --output text)
        for repo in $repos; do
            digests=$(aws ecr describe-images --region "$region" --repository-name "$repo" \
                --query 'imageDetails[?imageScanStatus].imageDigest' --output text)
            for digest in $digests; do
                save "$out/ecr/$region/${repo//\//_}@${digest#sha256:}.json" \
                    aws ecr describe-image-scan-findings --region "$region" --output json \
                    --repository-name "$repo" --image-id "imageDigest=$digest"
            done
        done
    done
}

# export_web_acls SCOPE REGION FOLDER
export_web_acls() {
    local out=$1 scope=$2 region=$3 folder=$4 acls more name id arn metrics metric now start
    acls=$(aws wafv2 list-web-acls --scope "$scope" --region "$region" --limit 100 \
        --query 'WebACLs[].[Name,Id,ARN]' --output text)
    more=$(aws wafv2 list-web-acls --scope "$scope" --region "$region" --limit 100 \
        --query 'NextMarker' --output text)
    [[ -z $more || $more == None ]] || die "more than 100 $scope web ACLs in $region: export them by hand"
    while read -r name id arn; do
        [[ -n ${name:-} ]] || continue
        save "$out/waf/$folder/$name.webacl.json" aws wafv2 get-web-acl --scope "$scope" --region "$region" \
            --output json --name "$name" --id "$id"
        if [[ $sampled == 1 ]]; then
            metrics=$(aws wafv2 get-web-acl --scope "$scope" --region "$region" --name "$name" --id "$id" \
                --query '[WebACL.VisibilityConfig.MetricName, WebACL.Rules[].VisibilityConfig.MetricName]' \
                --output text)
            now=$(date -u +%s)
            start=$((now - 3 * 3600 + 60))
            for metric in $metrics; do
                save "$out/waf/$folder/$name.sampled.$metric.json" aws wafv2 get-sampled-requests \
                    --scope "$scope" --region "$region" --output json \
                    --web-acl-arn "$arn" --rule-metric-name "$metric" \
                    --time-window "StartTime=$start,EndTime=$now" --max-items 500
            done
        fi
    done <<<"$acls"
}

export_waf() {
    local out=$1 region prefix target entry group day start end
    for region in $regions; do
        export_web_acls "$out" REGIONAL "$region" "$region"
    done
    if [[ $cloudfront == 1 ]]; then
        export_web_acls "$out" CLOUDFRONT us-east-1 cloudfront
    fi
    for prefix in $waf_log_s3; do
        [[ $prefix == s3://* ]] || die "POSTURE_WAF_LOG_S3 entries start with s3:// (got $prefix)"
        target=${prefix#s3://}
        aws s3 cp --recursive --only-show-errors "${prefix%/}/$year/$mm/" "$out/waf-logs/s3/${target//\//_}/"
    done
    for entry in $waf_log_groups; do
        [[ $entry == *:* ]] || die "POSTURE_WAF_LOG_GROUPS entries are region:log-group (got $entry)"
        region=${entry%%:*}
        group=${entry#*:}
        for ((day = 1; day <= last_day; day++)); do
            start=$(((month_start_days + day - 1) * 86400000))
            end=$((start + 86400000 - 1))
            save "$out/waf-logs/cloudwatch/$region/$group/$month-$(printf '%02d' "$day").json" \
                aws logs filter-log-events --region "$region" --output json \
                --log-group-name "$group" --start-time "$start" --end-time "$end"
        done
    done
}

if ((do_export == 1)); then
    command -v aws >/dev/null || die "the AWS CLI (version 2) is not on PATH"
    export AWS_PAGER=""
    export AWS_RETRY_MODE="${AWS_RETRY_MODE:-standard}"
    export AWS_MAX_ATTEMPTS="${AWS_MAX_ATTEMPTS:-10}"
    if [[ -z $regions ]]; then
        regions="${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region || true)}}"
    fi
    if [[ $regions == all ]]; then
        regions=$(aws ec2 describe-regions --query 'Regions[].RegionName' --output text)
    fi
    [[ -n $regions ]] || die "no Region: pass --regions or set AWS_REGION"
    account=$(aws sts get-caller-identity --query Account --output text)
    note "exporting $month from account $account, Regions: $regions"

    staging="$work/export"
    mkdir -p "$staging"
    if has_source securityhub && [[ $securityhub != none ]]; then export_securityhub "$staging"; fi
    if has_source inspector2; then export_inspector2 "$staging"; fi
    if has_source ecr; then export_ecr "$staging"; fi
    if has_source waf; then export_waf "$staging"; fi

    # Replace the month's exports only now that every call succeeded.
    mkdir -p "$exports_root"
    rm -rf "$month_dir"
    mv "$staging" "$month_dir"
    note "exports in $month_dir"
fi

# --- report ----------------------------------------------------------------------------------

if ((do_report == 1)); then
    if [[ -z $posture_bin ]]; then
        if command -v posture >/dev/null; then
            posture_bin=posture
        elif [[ -x .build/release/posture ]]; then
            posture_bin=.build/release/posture
        elif [[ -x .build/debug/posture ]]; then
            posture_bin=.build/debug/posture
        else
            die "posture not found: build it (swift build -c release --static-swift-stdlib) or pass --posture PATH"
        fi
    fi
    [[ -d $month_dir ]] || die "no exports in $month_dir (run without --skip-export first)"
    args=(report "$month_dir" --as-of "$as_of" --history "$history" --format "$format")
    if [[ -f $acceptances ]]; then args+=(--acceptances "$acceptances"); fi
    if [[ -f $environments ]]; then args+=(--environments "$environments"); fi
    if [[ -n $organization ]]; then args+=(--organization "$organization"); fi
    "$posture_bin" "${args[@]}" --out "$report_dir" ${passthrough[@]+"${passthrough[@]}"}
    for edition in $editions; do
        "$posture_bin" "${args[@]}" --edition "$edition" --out "$report_dir/$edition" ${passthrough[@]+"${passthrough[@]}"}
    done
fi
