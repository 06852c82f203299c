PYTHONHASHSEED=0 cg_annotate /work/main/tools/profile/example/raw/numpy.cachegrind.3.out
