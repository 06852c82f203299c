PYTHONHASHSEED=0 cg_annotate /work/main/tools/profile/example/raw/ours.cachegrind.3.out
