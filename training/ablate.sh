#!/bin/sh
# Run ablation trainings one after another (one training process at a time on the shared
# machine) and append each model-best's dev score to training/output/ablation.txt.
#   sh training/ablate.sh MINUTES "NAME LANG [train.py args...]" ...
# e.g. sh training/ablate.sh 10 "en-novec en --set paths.vectors=null"
set -u
cd "$(dirname "$0")/.."
minutes=$1; shift
for job in "$@"; do
  set -- $job
  name=$1; lang=$2; shift 2
  out=training/output/abl-$name
  .venv/bin/python training/train.py --lang "$lang" --minutes "$minutes" --output "$out" \
    --no-package "$@" > "$out.log" 2>&1
  printf '%s (%s min; %s): ' "$name" "$minutes" "$*" >> training/output/ablation.txt
  .venv/bin/python training/measure.py --lang "$lang" --model "$out/model-best" --dev-only \
    2>/dev/null | tail -1 >> training/output/ablation.txt
done
