#!/usr/bin/env bash
# SemEval-2025 T10 narratives, K-fold cross-validation through the shared scorer (issue 12):
#   bash scripts/semeval_cv.sh [K] [LANGS]         with the other folds of every language as examples
#   EXAMPLES=0 bash scripts/semeval_cv.sh [K]      the catalogue alone (no examples)
# Prints one "lang fold coarse fine" line per run, then the mean per language.
set -euo pipefail
cd "$(dirname "$0")/.."
K=${1:-5}
LANGS=${2:-"EN RU BG PT HI"}
DATA=${SHARED_DATA:-../shared/data}
T10=$DATA/semeval2025-t10
train=()
if [ "${EXAMPLES:-1}" != 0 ]; then
  for l in EN RU BG PT HI; do train+=(--train "$T10/$l/raw-documents" "$T10/$l/subtask-2-annotations.txt"); done
fi
out=$(mktemp)
for lang in $LANGS; do
  for ((i = 0; i < K; i++)); do
    r=$(.venv/bin/python "$DATA/narratives_eval.py" --cmd ".venv/bin/narrascope" --docs "$T10/$lang/raw-documents" \
          --labels "$T10/$lang/subtask-2-annotations.txt" "${train[@]}" --fold "$i/$K" | tail -n 1)
    coarse=$(echo "$r" | awk '{print $3}'); fine=$(echo "$r" | awk '{print $5}')
    echo "$lang $i $coarse $fine" | tee -a "$out"
  done
done
awk '{c[$1] += $3; f[$1] += $4; n[$1]++} END {for (l in c) printf "%s mean over folds: coarse %.3f fine %.3f\n", l, c[l]/n[l], f[l]/n[l]}' "$out"
rm -f "$out"
