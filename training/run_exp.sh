#!/bin/sh
# usage: run_exp.sh NAME CONFIG [spacy train overrides...]
set -e
cd "$(dirname "$0")"
name=$1; cfg=$2; shift 2
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p output/$name
start=$(date +%s)
../.venv/bin/python -m spacy train "$cfg" --code register.py --output output/$name "$@" > output/$name/log.txt 2>&1
echo "train_seconds $(( $(date +%s) - start ))" >> output/$name/log.txt
../.venv/bin/python evaluate.py output/$name/model-best corpus/test.spacy $name >> output/$name/log.txt
../.venv/bin/python evaluate.py output/$name/model-best corpus/dev.spacy $name-dev >> output/$name/log.txt
tail -3 output/$name/log.txt
