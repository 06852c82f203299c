// Float sums of views whose summed sequences are far apart in memory while the other axis is
// close: transposed (Fortran-order) and column-sliced views. The trees are those of
// summation_order.h, unchanged; only the traversal differs, so that every cache line is read
// once while it is in L1 instead of once per element.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after the order-L and order-R kernels, so it sees SumV, At, ChunkValue,
// PairStack, SumSeq and Identity.
//
// Order L across rows (rs == 1): rows i..i+R-1 are contiguous in memory at every column, so one
// vector load holds the same position k of R different row sequences. Every row of a strip has
// the same lane structure (lane k % 32, step k / 32), so a lane of Lanes() rows is one vector:
// its kSteps columns are added in registers, and the lanes are combined by the same halving
// tree, one tree node of Lanes() rows per instruction. Only vertical adds: no shuffles.
//
// Order R down columns (|rs| < |cs|): a group of columns is carried through all rows with its
// block and superblock accumulators in registers, loading one row of the group with a strided
// load; each column is then a contiguous stream.

// Lane li's position in the halving tree read left to right: the tree first splits lanes by
// bit 0 of their index (lane[i] + lane[i + 1] at w = 1), then by bit 1, ..., so its leaves in
// order are the lanes of bit-reversed index. Pushing the lanes in this order through a binary
// counter (each merge: older + newer) adds exactly the halving tree's pairs in its order.
inline int LaneAt(int li) {
  int l = 0;
  for (int b = 0; b < 5; ++b) l |= ((li >> b) & 1) << (4 - b);
  return l;
}
static_assert(kLanes == 32, "LaneAt reverses 5 bits");
// Entries of RowGroupChunk's lane stack: a binary counter of 32 pushes holds at most 5.
constexpr int kLaneStack = 5;
// Strips of at most kInOrderRows rows take a chunk's (or window's) lanes in column order, lane
// 0, 1, ..., 31, so that each of a lane's kSteps runs follows the previous lane's run in memory
// and the hardware's prefetchers see kSteps ascending streams. The halving tree then keeps the
// first kHalfLanes lane values (lane i + 16 is added to lane i as it comes: the first level's
// pairs) and adds its other levels after the last lane (HalvingLevels), where LaneAt order needs
// at most kLaneStack entries. Wider strips keep LaneAt order: their kHalfLanes row vectors did
// not stay in the caches (float32 2047x2049:F sum, 832-row strips: 0.83 -> 1.01 ms in column
// order). Zen 4, medians of 3 interleaved runs: float64 100000x100:F sum 4.9 -> 3.6 ms,
// 20000x300:F 3.2 -> 2.2 ms, float32 100000x33:F 0.79 -> 0.66 ms, 65536x256:F 4.0 -> 3.0 ms
// (axis 1: 4.1 -> 2.9 ms).
constexpr int kHalfLanes = kLanes / 2;
constexpr int kInOrderRows = 384;

// The halving tree's levels after the first on row vectors h[0..kHalfLanes) (pitch doubles
// apart): h[i] = h[i] + h[i + w] for w = 8, 4, 2, 1, rows [0, nv) as vectors of W, the rest
// [nv, n) one by one; h[0] ends with the chunk values.
template <class W>
inline void HalvingLevels(double* h, int64_t pitch, int nv, int n) {
  for (int w = kHalfLanes / 2; w >= 1; w /= 2) {
    for (int i = 0; i < w; ++i) {
      double* a = h + i * pitch;
      const double* b = h + (i + w) * pitch;
      int v = 0;
      for (; v + W::Lanes() <= nv; v += W::Lanes()) {
        W::Store(a + v, W::Add(W::Load(a + v), W::Load(b + v)));
      }
      for (; v < n; ++v) a[v] = a[v] + b[v];
    }
  }
}

// The lanes of a chunk in the order the across-rows kernels sum them, each lane's value a row
// vector (pitch doubles) in stk: Next(li) gives the li-th lane to sum, how many stored values
// it is added to (merges: top, top - pitch, ..., each stored value + the lane's) and where the
// result goes. In column order (kHalfLanes entries) lane i + 16 is added to lane i, and
// HalvingLevels adds the other levels after the last lane; in LaneAt order a binary counter of
// at most kLaneStack entries adds the whole tree as the lanes come.
struct LaneStep {
  int lane, merges;
  const double* top;
  double* dst;
};
class LaneOrder {
 public:
  LaneOrder(bool in_order, double* stk, int64_t pitch)
      : in_order_(in_order), stk_(stk), pitch_(pitch) {}
  LaneStep Next(int li) {
    if (in_order_) {
      double* e = stk_ + (li % kHalfLanes) * pitch_;
      return {li, li >= kHalfLanes ? 1 : 0, e, e};
    }
    const int merges = __builtin_ctz(static_cast<unsigned>(li + 1));
    const LaneStep st{LaneAt(li), merges, stk_ + (n_ > 0 ? n_ - 1 : 0) * pitch_,
                      stk_ + (n_ - merges) * pitch_};
    n_ = n_ - merges + 1;
    return st;
  }

 private:
  bool in_order_;
  double* stk_;
  int64_t pitch_;
  int n_ = 0;  // entries of the binary counter
};

// The across-rows kernels work on strips of up to kStripCap<T> rows: a strip reads each
// column's run of its rows in one go, a lane's kSteps columns at a time. Their scratch (the lane
// stack and the chunk stack, each entry a row vector) is the thread's ThreadScratch buffer, or
// kStackScratch doubles on the stack if that could not be allocated; its size caps the strip
// for very long rows. Measured on transposed views (Zen 4, medians of 12-20
// interleaved runs): float64 2048x2048:F sums 1.09-1.17 ms with 1024-row strips (8 KiB runs),
// 0.99-1.07 ms with 2048 rows (whole columns); float32 2048x2048:F 3-5% faster with 2048 rows
// but 4096x4096:F 10-12% slower (the float64 row-vector stacks are then twice the float32 input
// they cover), so 4-byte types keep 1024. 256-row strips were 1.2-1.3x slower than 1024; line
// requests by software (the next lane's runs, or 512-1024 bytes ahead in the current ones) were
// no faster than the hardware's.
template <class T>
inline constexpr int kStripCap = sizeof(T) == 8 ? 2048 : 1024;
constexpr int kStackScratch = 4 * 1024;
// Rows of a strip over cols columns for layer W with `scratch` doubles of scratch: the lane
// values (lane_entries: kLaneStack, or kHalfLanes in column order) and the chunk stack (a
// binary counter over ceil(cols / kChunk) chunks: at most bit_width + 1 entries) fit in it.
template <class T, class W>
inline int StripRows(int64_t cols, int lane_entries, int64_t scratch) {
  const int64_t chunks = (cols + kChunk - 1) / kChunk;
  int entries = lane_entries + 2;
  for (int64_t c = chunks; c > 1; c >>= 1) ++entries;
  const int64_t rows = std::min<int64_t>(kStripCap<T>, scratch / entries);
  return static_cast<int>(rows / W::Lanes() * W::Lanes());
}
// All-element sums keep per-row subtree lists (RowSubtrees, ~2 KiB a row) on the stack, so their
// strips are narrower; reduce.cc sizes their tasks to hold this many rows.
constexpr int kMaxFlatRows = 64;
// One float64 lane, for rows left over after the vector groups (same operations, so the same
// bits as any vector layer).
struct OneLane {
  using D = double;
  static constexpr int Lanes() { return 1; }
  static D Set(double v) { return v; }
  static D Load(const double* p) { return *p; }
  static void Store(double* p, D v) { *p = v; }
  static D Add(D a, D b) { return a + b; }
  static D AddF(D acc, D x) { return acc + x; }
  static D AddIfLess(D acc, D x, D a, D b) { return acc + (a < b ? x : -0.0); }
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const bool m = col < split;
    o = o + (m ? x : -0.0);
    nw = nw + (m ? -0.0 : x);
  }
  template <class T>
  static D LoadAcc(const T* p) {
    return static_cast<double>(*p);
  }
};

// The across-rows kernels read a window of kChunk columns lane by lane: a lane's kSteps columns
// are kLanes columns apart, so a window's runs are read out of memory order, and when the runs
// are short (a strip of few rows) the hardware's prefetchers do not follow them: the loads wait
// on memory one lane at a time. So while lane li of a window is summed, the runs of columns
// [li * 8, li * 8 + 8) of the next window (`next`: its column 0) are requested into L2, in
// memory order. Zen 4, medians of 3 interleaved runs, transposed sums: float32 65536x100:F
// 2.1 -> 0.90 ms, float64 3.9 -> 2.6 ms; requests into L1 instead of L2 evicted the window being
// summed (float32 100000x100:F 5.2 ms against 2.4, float64 100000x33:F 2.3 against 1.1). Runs
// longer than kRequestRunBytes are left to the hardware: with 4 KiB runs (1024-row strips)
// float32 2048x2048:F and 4096x4096:F were 5-20% slower. Always inlined: GCC 12 finds an
// out-of-line copy free of side effects (prefetches do not count) and deletes its calls.
inline constexpr int64_t kRequestRunBytes = 2048;
template <class T>
__attribute__((always_inline)) inline void RequestNextWindow(const T* next, int64_t cs,
                                                             int64_t rows, int li) {
  constexpr int kPerLane = kChunk / kLanes;
  const int64_t bytes = rows * static_cast<int64_t>(sizeof(T));
  if (bytes > kRequestRunBytes) return;
  for (int q = 0; q < kPerLane; ++q) {
    const char* run = reinterpret_cast<const char*>(next + (li * kPerLane + q) * cs);
    for (int64_t b = 0; b < bytes; b += 64) __builtin_prefetch(run + b, 0, 2);
  }
}

// The values of one chunk (len <= kChunk consecutive elements, at stride cs) of `rows` row
// sequences whose element k starts at x + k * cs (rows contiguous, a multiple of W::Lanes()).
// Lane by lane: a lane's (at most kSteps) columns are added down the whole strip in registers,
// one vector of rows at a time (the first stored: -0.0 + x == x), and the lane enters the
// halving tree (column order and HalvingLevels, or a binary-counter stack of row vectors in
// LaneAt order: see kInOrderRows); absent lanes of a short chunk are -0.0 (ShortChunk's values
// exactly). So every column's run of the strip is read once, as one of kSteps streams, with no
// per-element scratch traffic (one store and at most a load or two per row vector and lane).
// stk: kHalfLanes * rows doubles of scratch in column order, else kLaneStack * rows; out: rows
// chunk values.
template <class T, class W, bool kFull>
inline void LaneRows(const T* p0, int64_t step, int steps, int rows, int merges,
                     const double* top, double* dst) {
  const int d = W::Lanes();
  for (int v = 0; v < rows; v += d) {
    const T* p = p0 + v;
    typename W::D a = W::Set(-0.0);
    if (kFull) {  // the common case, unrolled: a whole lane of kSteps columns
      a = W::LoadAcc(p);
#pragma GCC unroll 8
      for (int s = 1; s < kSteps; ++s) a = W::Add(a, W::LoadAcc(p + s * step));
    } else if (steps > 0) {
      a = W::LoadAcc(p);
      for (int s = 1; s < steps; ++s) a = W::Add(a, W::LoadAcc(p + s * step));
    }
    for (int k = 0; k < merges; ++k) a = W::Add(W::Load(top - k * rows + v), a);
    W::Store(dst + v, a);
  }
}

// next: the next chunk's first column, whose runs are requested (RequestNextWindow), or null.
// in_order: lanes in column order (stk: kHalfLanes entries), else in LaneAt order (kLaneStack).
template <class T, class W>
inline void RowGroupChunk(const T* x, int64_t cs, int rows, int len, const T* next,
                          bool in_order, double* stk, double* out) {
  const int64_t step = kLanes * cs;
  LaneOrder order(in_order, stk, rows);
  for (int li = 0; li < kLanes; ++li) {
    const auto [l, merges, top, dst] = order.Next(li);
    const int steps = l < len ? (len - l + kLanes - 1) / kLanes : 0;
    if (steps == kSteps) {
      LaneRows<T, W, true>(x + l * cs, step, steps, rows, merges, top, dst);
    } else {
      LaneRows<T, W, false>(x + l * cs, step, steps, rows, merges, top, dst);
    }
    if (next != nullptr) RequestNextWindow(next, cs, rows, li);
  }
  if (in_order) HalvingLevels<W>(stk, rows, rows, rows);
  const int d = W::Lanes();
  for (int v = 0; v < rows; v += d) W::Store(out + v, W::Load(stk + v));
}

// Order L of `rows` whole row sequences (cols elements at stride cs, rows contiguous): the
// pairwise tree over chunks is a binary counter whose shape is the same for every row, so one
// stack of row vectors serves the group.
// scratch: StripRows' worth of doubles for these rows (the lane stack, then the chunk stack).
template <class T, class W>
void RowGroupSums(const T* x, int64_t cols, int64_t cs, int rows, bool in_order, double* scratch,
                  double* out) {
  const int d = W::Lanes();
  double* const lanes = scratch;
  double* const stack = scratch + (in_order ? kHalfLanes : kLaneStack) * rows;
  int n = 0;
  uint64_t count = 0;
  int64_t c = 0;
  do {  // cols > kLanes: at least one chunk
    const int len = static_cast<int>(cols - c < kChunk ? cols - c : kChunk);
    const T* next = c + kChunk < cols ? x + (c + kChunk) * cs : nullptr;
    RowGroupChunk<T, W>(x + c * cs, cs, rows, len, next, in_order, lanes, stack + n * rows);
    ++n;
    for (uint64_t q = ++count; (q & 1) == 0; q >>= 1) {
      double* a = stack + (n - 2) * rows;
      const double* b = stack + (n - 1) * rows;
      for (int v = 0; v < rows; v += d) W::Store(a + v, W::Add(W::Load(a + v), W::Load(b + v)));
      --n;
    }
    c += kChunk;
  } while (c < cols);
  // The stack's fold, entry n - 1 first (PairStack::Fold), straight into out.
  for (int v = 0; v < rows; v += d) {
    typename W::D r = W::Load(stack + (n - 1) * rows + v);
    for (int i = n - 2; i >= 0; --i) r = W::Add(W::Load(stack + i * rows + v), r);
    W::Store(out + v, r);
  }
}

// Axis-1 sums of rows r0 .. r0+nr-1 of a view with rs == 1 and cols > kLanes.
template <class T>
void SumRowsAcross(const Strided& in, int64_t r0, int64_t nr, double* out) {
  using W = SumV<T>;
  const int d = W::Lanes();
  alignas(64) double own[kStackScratch];
  double* scratch = internal::ThreadScratch();
  const int64_t size = scratch != nullptr ? internal::kThreadScratchDoubles : kStackScratch;
  scratch = scratch == nullptr ? own : HalfPageFrom(scratch, At<T>(in, r0, 0));
  const int group = StripRows<T, W>(in.cols, kLaneStack, size);
  const int in_order_group = std::min(kInOrderRows, StripRows<T, W>(in.cols, kHalfLanes, size));
  int64_t r = 0;
  while (nr - r >= d) {
    const int rows = static_cast<int>(nr - r >= group ? group : (nr - r) / d * d);
    RowGroupSums<T, W>(At<T>(in, r0 + r, 0), in.cols, in.cs, rows, rows <= in_order_group, scratch,
                       out + r);
    r += rows;
  }
  for (; r < nr; ++r) {
    RowGroupSums<T, OneLane>(At<T>(in, r0 + r, 0), in.cols, in.cs, 1, true, scratch, out + r);
  }
}

// The aligned subtrees of T that cover chunks [lo, hi) of a row, in order: greedy from lo, each
// the largest power-of-two block that is aligned at its start and ends by hi. Chunk values are
// added one at a time; a block's value is complete when its last chunk arrives.
struct RowSubtrees {
  double v[128];
  int lv[128];
  int n = 0;
  int64_t next = 0, hi = 0, block_end = 0;
  int level = 0;
  PairStack local;
  void Open() {
    int k = 0;
    while (k < 62 && (next & ((int64_t{2} << k) - 1)) == 0 && next + (int64_t{2} << k) <= hi) ++k;
    level = k;
    block_end = next + (int64_t{1} << k);
    local.n = 0;
  }
  void Start(int64_t first, int64_t end) {
    n = 0;
    next = first;
    hi = end;
    if (next < hi) Open();
  }
  void Add(double x) {
    local.Push(x);
    if (++next == block_end) {
      v[n] = local.Fold();
      lv[n] = level;
      ++n;
      if (next < hi) Open();
    }
  }
};

// Order L over flattened elements [start, start+len) of a view with rs == 1 whose rows hold
// whole chunks (cols % kChunk == 0; start and len are then multiples of kChunk, as the callers'
// task split guarantees). Each row's chunks are a run of the chunk sequence: rows are computed
// in groups, each row's run is cut into aligned subtrees, and the subtrees enter the stack in
// row order, which gives the bits of pushing every chunk in order.
template <class T>
double SumFlatAcross(const Strided& in, int64_t start, int64_t len) {
  using W = SumV<T>;
  const int d = W::Lanes();
  const int group = kMaxFlatRows / d * d;  // RowGroupChunk's lane stack fits in `lanes` below
  const int64_t m = in.cols / kChunk;  // chunks per row
  const int64_t g0 = start / kChunk, g1 = (start + len) / kChunk;
  const int64_t first_row = g0 / m, end_row = (g1 - 1) / m + 1;
  PairStack st;
  if ((m & (m - 1)) == 0 && g0 % m == 0 && g1 % m == 0) {
    // Whole rows of a power-of-two number of chunks: each row is one aligned subtree of T, whose
    // value is the row's own order-L sum. The axis-1 strips (kStripCap rows, no per-row subtree
    // lists) compute them. float32 2048x2048:F sum: 0.91 ms against 1.16 ms with 64-row groups
    // (Zen 4, medians of 4 interleaved runs).
    int level = 0;
    while ((int64_t{1} << level) < m) ++level;
    alignas(64) double row_sums[kStripCap<T>];
    for (int64_t i = first_row; i < end_row; i += kStripCap<T>) {
      const int n = static_cast<int>(std::min<int64_t>(end_row - i, kStripCap<T>));
      SumRowsAcross<T>(in, i, n, row_sums);
      for (int k = 0; k < n; ++k) st.Push(row_sums[k], level);
    }
    return st.Fold();
  }
  alignas(64) double lanes[kHalfLanes * kMaxFlatRows];
  alignas(64) double cv[kMaxFlatRows];
  RowSubtrees sub[kMaxFlatRows];
  for (int64_t i = first_row; i < end_row;) {
    const int64_t left = end_row - i;
    const int rows = static_cast<int>(left >= group ? group : (left >= d ? left / d * d : 1));
    int64_t qa = m, qb = 0;  // the union of the rows' chunk ranges, as chunk indexes in a row
    for (int k = 0; k < rows; ++k) {
      const int64_t lo = std::max(g0, (i + k) * m), hi = std::min(g1, (i + k + 1) * m);
      sub[k].Start(lo, hi);
      qa = std::min(qa, lo - (i + k) * m);
      qb = std::max(qb, hi - (i + k) * m);
    }
    const T* x = At<T>(in, i, 0);
    for (int64_t q = qa; q < qb; ++q) {
      const T* c = x + q * kChunk * in.cs;
      const T* next = q + 1 < qb ? c + kChunk * in.cs : nullptr;
      if (rows >= d) {
        RowGroupChunk<T, W>(c, in.cs, rows, kChunk, next, true, lanes, cv);
      } else {
        RowGroupChunk<T, OneLane>(c, in.cs, rows, kChunk, next, true, lanes, cv);
      }
      for (int k = 0; k < rows; ++k) {
        const int64_t g = (i + k) * m + q;
        if (g >= sub[k].next && g < sub[k].hi) sub[k].Add(cv[k]);
      }
    }
    for (int k = 0; k < rows; ++k) {
      for (int b = 0; b < sub[k].n; ++b) st.Push(sub[k].v[b], sub[k].lv[b]);
    }
    i += rows;
  }
  return st.Fold();
}

// An 8 x 8 block of T in 8 vectors, transposed by three rounds of two-input shuffles (pairs of
// elements, of 2-element groups, of halves). Written once with the compiler's generic vectors,
// which each ISA's translation unit lowers to its own shuffles (SVE's to Advanced SIMD).
constexpr int kSquare = 8;
template <class T>
struct Square {
  typedef T Vec __attribute__((vector_size(kSquare * sizeof(T))));
  Vec v[kSquare];
  void Transpose() {
    Vec u[kSquare];
    PairRounds(v, u);
#pragma GCC unroll 4
    for (int i = 0; i < kSquare / 2; ++i) {
      v[i] = __builtin_shufflevector(u[i], u[i + 4], 0, 1, 2, 3, 8, 9, 10, 11);
      v[i + 4] = __builtin_shufflevector(u[i], u[i + 4], 4, 5, 6, 7, 12, 13, 14, 15);
    }
  }
  // The transpose of the block whose column q is p[q * stride .. q * stride + 7]: v[k] holds
  // element k of every column. Each vector is loaded as two halves already in their final
  // places (column q's and q + 4's first or last four elements), so only the first two rounds
  // remain, within halves: 16 shuffles instead of 24. A probe (Zen 4, blocks in L1): AVX2
  // float32 17 -> 10 ns a block, AVX-512 float64 18.4 -> 14.3 ns, AVX-512 float32 the same.
  void LoadColumns(const T* p, int64_t stride) {
    typedef T Half __attribute__((vector_size(kSquare / 2 * sizeof(T))));
    Vec w[kSquare];
#pragma GCC unroll 4
    for (int q = 0; q < kSquare / 2; ++q) {
      Half a, b, c, d;
      std::memcpy(&a, p + q * stride, sizeof(a));
      std::memcpy(&b, p + (q + 4) * stride, sizeof(b));
      std::memcpy(&c, p + q * stride + 4, sizeof(c));
      std::memcpy(&d, p + (q + 4) * stride + 4, sizeof(d));
      w[q] = __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7);
      w[q + 4] = __builtin_shufflevector(c, d, 0, 1, 2, 3, 4, 5, 6, 7);
    }
    PairRounds(w, v);
  }
  // Stores row k (v[k]) at p + k * stride.
  void StoreRows(T* p, int64_t stride) const {
#pragma GCC unroll 8
    for (int k = 0; k < kSquare; ++k) std::memcpy(p + k * stride, &v[k], sizeof(v[k]));
  }

 private:
  // The first two rounds: pairs of elements, then of 2-element groups (within halves).
  static void PairRounds(const Vec* in, Vec* out) {
    Vec t[kSquare];
#pragma GCC unroll 4
    for (int i = 0; i < kSquare; i += 2) {
      t[i] = __builtin_shufflevector(in[i], in[i + 1], 0, 8, 2, 10, 4, 12, 6, 14);
      t[i + 1] = __builtin_shufflevector(in[i], in[i + 1], 1, 9, 3, 11, 5, 13, 7, 15);
    }
#pragma GCC unroll 4
    for (int j = 0; j < 4; ++j) {
      const int i = j + (j & 2);  // 0, 1, 4, 5
      out[i] = __builtin_shufflevector(t[i], t[i + 2], 0, 1, 8, 9, 4, 5, 12, 13);
      out[i + 2] = __builtin_shufflevector(t[i], t[i + 2], 2, 3, 10, 11, 6, 7, 14, 15);
    }
  }
};

// Appends x[0..m) to a row's pending chunk (pend[0..np)), handing each complete chunk's value
// to the row's aligned subtrees: whole chunks at the start of a run go straight from it.
template <class T>
inline void AppendChunks(const T* x, int64_t m, T* pend, int& np, RowSubtrees& sub) {
  using W = SumV<T>;
  while (m > 0) {
    if (np == 0 && m >= kChunk) {
      sub.Add(ChunkValue<T, W>(x));
      x += kChunk;
      m -= kChunk;
      continue;
    }
    const int take = static_cast<int>(std::min<int64_t>(kChunk - np, m));
    std::memcpy(pend + np, x, sizeof(T) * take);
    np += take;
    x += take;
    m -= take;
    if (np == kChunk) {
      sub.Add(ChunkValue<T, W>(pend));
      np = 0;
    }
  }
}

// Order L over flattened elements [start, start+len) (start a multiple of kChunk) of a view of
// R = 2..kSquare-1 long rows stored interleaved (rs == 1, cs == R: the transpose of a
// C-contiguous array of R columns), in one pass over memory. A piece of kFewCols columns (1 KiB
// of each row) is read as one contiguous run and split into R row-major rows by 8x8 register
// transposes (two rows: unzipped); each row appends its piece to a pending chunk and hands every
// complete chunk to its aligned subtrees (RowSubtrees), as the row tiles below do. The chunks
// that hold a row boundary, and the view's last, short chunk, are gathered at the end (at most
// R of them). Then everything enters the stack in sequence order: the flattening's tree. These
// views gathered every chunk before, element by element, in a stride-R pass over the input per
// row (Zen 4, medians of 3 interleaved runs): float32 100000x7:F sum 0.28 -> 0.18 ms,
// 1000000x4:F 1.6 -> 0.89 ms, 1000000x7:F 5.2 -> 2.1 ms; float64 100000x7:F 0.45 -> 0.33 ms,
// 1000000x7:F 13.0 -> 5.7 ms. With 2 KiB of each row per piece 1000000x7:F took 5.8 ms
// (float32) and 12.4 ms (float64): the pieces have to stay in L1. The row tiles' element by
// element copies were slower than the gather.
template <class T>
constexpr int kFewCols = 1024 / sizeof(T);

template <class T, int R>
double SumFewRowsR(const Strided& in, int64_t start, int64_t len) {
  using W = SumV<T>;
  const int64_t cols = in.cols, end = start + len;
  const int64_t g0 = start / kChunk, g1 = end / kChunk;  // chunks [g0, g1) are whole
  // Rows padded by a line, so that a row's stores and the input's loads do not all share their
  // address bits below 4 KiB (float64 1000000x4:F: 4.4 ms unpadded).
  alignas(64) T tile[R][kFewCols<T> + 64 / sizeof(T)];
  alignas(64) T pend[R][kChunk + 64 / sizeof(T)];
  int np[R];
  RowSubtrees sub[R];
  int64_t lo[R], hi[R];  // the row's own whole chunks, as columns of the row (lo >= hi: none)
  int64_t ca = cols, cb = 0;
  for (int k = 0; k < R; ++k) {
    const int64_t f = k * cols;  // the row's first flattened position
    const int64_t a = std::max(g0, (f + kChunk - 1) / kChunk);
    const int64_t b = std::min(g1, (f + cols) / kChunk);
    np[k] = 0;
    lo[k] = a * kChunk - f;
    hi[k] = b * kChunk - f;
    if (a < b) {
      sub[k].Start(a, b);
      ca = std::min(ca, lo[k]);
      cb = std::max(cb, hi[k]);
    } else {
      sub[k].Start(0, 0);
    }
  }
  const auto append = [&](int k, const T* x, int64_t m) {
    AppendChunks<T>(x, m, pend[k], np[k], sub[k]);
  };
  for (int64_t c0 = ca; c0 < cb; c0 += kFewCols<T>) {
    const int nc = static_cast<int>(std::min<int64_t>(kFewCols<T>, cb - c0));
    const T* src = At<T>(in, 0, c0);
    int c = 0;
    if constexpr (R == 2) {  // two rows: pairs of vectors unzipped (2 shuffles, not 16)
      using Vec = typename Square<T>::Vec;
      for (; c + kSquare <= nc; c += kSquare) {
        Vec a, b;
        std::memcpy(&a, src + c * 2, sizeof(a));
        std::memcpy(&b, src + c * 2 + kSquare, sizeof(b));
        const Vec even = __builtin_shufflevector(a, b, 0, 2, 4, 6, 8, 10, 12, 14);
        const Vec odd = __builtin_shufflevector(a, b, 1, 3, 5, 7, 9, 11, 13, 15);
        std::memcpy(&tile[0][c], &even, sizeof(even));
        std::memcpy(&tile[1][c], &odd, sizeof(odd));
      }
    }
    // 8 columns at a time: the 8 runs of 8 elements from each column's first (column c's R
    // rows, then the next columns' first rows) transposed in registers, whose first R vectors
    // are then the rows' 8 elements. The runs reach 8 - R elements past the group, so the last
    // two groups of the view's columns are copied one element at a time.
    for (; c + kSquare <= nc && c0 + c + 2 * kSquare <= cols; c += kSquare) {
      Square<T> x;
      x.LoadColumns(src + c * R, R);
#pragma GCC unroll 8
      for (int k = 0; k < R; ++k) std::memcpy(&tile[k][c], &x.v[k], sizeof(x.v[k]));
    }
    for (; c < nc; ++c) {
#pragma GCC unroll 8
      for (int k = 0; k < R; ++k) tile[k][c] = src[c * R + k];
    }
    for (int k = 0; k < R; ++k) {
      const int64_t a = std::max(lo[k], c0), b = std::min(hi[k], c0 + nc);
      if (a < b) append(k, &tile[k][a - c0], b - a);
    }
  }
  // Chunk q (positions [q * kChunk, ...) up to end) gathered element by element.
  const auto gathered = [&](int64_t q) {
    alignas(64) T buf[kChunk];
    const int64_t p0 = q * kChunk;
    const int m = static_cast<int>(std::min<int64_t>(kChunk, end - p0));
    for (int t = 0; t < m; ++t) buf[t] = *At<T>(in, (p0 + t) / cols, (p0 + t) % cols);
    return m == kChunk ? ChunkValue<T, W>(buf) : LastChunk<T>(buf, 1, m);
  };
  PairStack st;
  for (int k = 0; k < R; ++k) {
    const int64_t f = k * cols;
    // The chunk holding the boundary before row k (whole: rows hold at least 2 chunks).
    if (f % kChunk != 0 && f / kChunk >= g0 && f / kChunk < g1) st.Push(gathered(f / kChunk));
    for (int b = 0; b < sub[k].n; ++b) st.Push(sub[k].v[b], sub[k].lv[b]);
  }
  if (end % kChunk != 0) st.Push(gathered(end / kChunk));  // the view's last, short chunk
  return st.Fold();
}

template <class T>
double SumFlatFewRows(const Strided& in, int64_t start, int64_t len) {
  switch (in.rows) {
    case 2: return SumFewRowsR<T, 2>(in, start, len);
    case 3: return SumFewRowsR<T, 3>(in, start, len);
    case 4: return SumFewRowsR<T, 4>(in, start, len);
    case 5: return SumFewRowsR<T, 5>(in, start, len);
    case 6: return SumFewRowsR<T, 6>(in, start, len);
    default: return SumFewRowsR<T, 7>(in, start, len);
  }
}
static_assert(kSquare == 8, "SumFlatFewRows takes 2 to 7 rows");

// Order L over flattened elements [start, start+len) (start a multiple of kChunk) of a view
// whose columns are the close axis (|rs| < |cs|: transposed or column-sliced) and whose rows do
// not hold whole chunks, so each row's chunks start at their own offset. Rows come in groups of
// one cache line of every column (kTileRows); a group is read a tile of kTileCols columns at a
// time, each column's run of the group's rows whole, into a row-major tile. A chunk belongs to
// the row it starts in: each row appends its columns to a pending chunk, hands every complete
// chunk to its aligned subtrees (RowSubtrees) and completes the chunk it ends in from the next
// row's first columns. The subtrees enter the stack in row order: the flattening's tree.
template <class T>
double SumFlatRowTiles(const Strided& in, int64_t start, int64_t len) {
  using W = SumV<T>;
  constexpr int kTileRows = 64 / static_cast<int>(sizeof(T));
  constexpr int kTileCols = 256;
  // Columns between a run's read and its line request: the runs of all columns of a tile map to
  // few cache sets (column strides near multiples of 4 KiB), so the hardware cannot run ahead.
  // float64 2048x2000 transposed, sum: 4.2-4.4 ms with 32 columns, 6.6-6.8 ms with none
  // (element-by-element tiles).
  constexpr int kAheadCols = 16;
  alignas(64) T tile[kTileRows][kTileCols];
  alignas(64) T pend[kTileRows][kChunk];
  // Rows of at least a chunk: a row's last chunk ends in the next row's first columns (its
  // head, columns [0, lo)), kept from the tiles for every row but the group's first.
  alignas(64) T head[kTileRows][kChunk];
  const bool heads = in.cols >= kChunk;
  int np[kTileRows];
  RowSubtrees sub[kTileRows];
  int64_t lo[kTileRows], hi[kTileRows];  // the columns of the chunks a row owns (lo >= hi: none)
  PairStack st;
  const int64_t cols = in.cols, end = start + len;
  const auto append = [&](int k, const T* x, int64_t m) {
    AppendChunks<T>(x, m, pend[k], np[k], sub[k]);
  };
  const int64_t last_row = (end - 1) / cols;
  for (int64_t i = start / cols; i <= last_row; i += kTileRows) {
    const int nr = static_cast<int>(std::min<int64_t>(kTileRows, last_row - i + 1));
    int64_t ca = cols, cb = 0;
    for (int k = 0; k < nr; ++k) {
      const int64_t f = (i + k) * cols;  // the row's first flattened position
      const int64_t a = std::max(start, (f + kChunk - 1) / kChunk * kChunk);
      const int64_t e = std::min(f + cols, end);
      np[k] = 0;
      lo[k] = a - f;
      hi[k] = e - f;
      if (a < e) {
        sub[k].Start(a / kChunk, (e - 1) / kChunk + 1);
        ca = std::min(ca, lo[k]);
        cb = std::max(cb, hi[k]);
      } else {
        sub[k].Start(0, 0);
      }
    }
    if (heads && nr > 1) ca = 0;
    for (int64_t c0 = ca; c0 < cb; c0 += kTileCols) {
      const int nc = static_cast<int>(std::min<int64_t>(kTileCols, cb - c0));
      const T* src = At<T>(in, i, c0);
      int c = 0;
      if (nr == kTileRows && in.rs == 1) {  // whole lines: 8 x 8 blocks transposed in registers
        for (; c + kSquare <= nc; c += kSquare, src += kSquare * in.cs) {
          if (c0 + c + kAheadCols < cb) {  // the runs' first and last lines
#pragma GCC unroll 8
            for (int q = 0; q < kSquare; ++q) {
              __builtin_prefetch(src + (kAheadCols + q) * in.cs, 0, 3);
              __builtin_prefetch(src + (kAheadCols + q) * in.cs + kTileRows - 1, 0, 3);
            }
          }
          for (int k0 = 0; k0 < kTileRows; k0 += kSquare) {
            Square<T> x;
            x.LoadColumns(src + k0, in.cs);
#pragma GCC unroll 8
            for (int k = 0; k < kSquare; ++k) {
              std::memcpy(&tile[k0 + k][c], &x.v[k], sizeof(x.v[k]));
            }
          }
        }
      }
      for (; c < nc; ++c, src += in.cs) {
        for (int k = 0; k < nr; ++k) tile[k][c] = src[k * in.rs];
      }
      for (int k = 0; k < nr; ++k) {
        const int64_t a = std::max(lo[k], c0), b = std::min(hi[k], c0 + nc);
        if (a < b) append(k, &tile[k][a - c0], b - a);
        if (heads && k > 0 && c0 < lo[k]) {
          const int64_t m = std::min(lo[k], c0 + nc) - c0;
          std::memcpy(head[k] + c0, tile[k], sizeof(T) * m);
        }
      }
    }
    for (int k = 0; k < nr; ++k) {
      if (np[k] > 0) {
        // The row's last chunk goes on in the next rows (the next row's head, or element by
        // element for the group's last row and rows shorter than a chunk), or is the array's
        // last, short chunk.
        int64_t row = i + k + 1, col = 0;
        if (heads && k + 1 < nr) {  // from the next row's head (row k + 1 <= last_row: m >= 1)
          const int m = static_cast<int>(std::min<int64_t>(kChunk - np[k], end - row * cols));
          std::memcpy(pend[k] + np[k], head[k + 1], sizeof(T) * m);
          np[k] += m;
          col = m;
        }
        for (int64_t pos = row * cols + col; np[k] < kChunk && pos < end; ++pos) {
          pend[k][np[k]++] = *At<T>(in, row, col);
          if (++col == cols) {
            ++row;
            col = 0;
          }
        }
        sub[k].Add(np[k] == kChunk ? ChunkValue<T, W>(pend[k])
                                   : ShortChunk<T>(pend[k], 1, np[k]));
      }
      for (int b = 0; b < sub[k].n; ++b) st.Push(sub[k].v[b], sub[k].lv[b]);
    }
  }
  return st.Fold();
}

// Order L over flattened elements [start, start+len) (start a multiple of kChunk) of a view
// with rs == 1 (transposed) whose rows are shorter than a chunk: bands of rows are transposed
// into a C-order buffer in which the band's rows follow each other as in the flattening; its
// whole chunks go through ChunkValue as a contiguous sum's do, and the last, partial one moves
// to just before the next band. Bands of kBandRows rows (one cache line of every column) on the
// stack, transposed 8 x 8 in registers (Square), eight columns' lines at a time. Against the
// row tiles below (medians of 3 interleaved runs): float32 100x100000:F sum 20.8 -> 8.0 ms,
// 255x4000:F 1.1 -> 0.20 ms, 30x1000:F 0.045 -> 0.007 ms, float64 100x100000:F 18.8 -> 13.0
// ms. Views from memory instead take tall bands (FillTallBand: up to kFlatBandBytes, in the
// thread's scratch buffer, in L2) read eight columns at a time down the whole band, since a
// line of every column per band read float32 100x100000:F at under half a contiguous read (a
// probe on Zen 4); medians of 7 interleaved runs: float32 100x100000:F 10.5 -> 5.6 ms, float64
// 16.5 -> 8.2 ms, float64 200x30000:F 8.0 -> 4.7 ms. In the cache the tall bands lost
// (float32 255x4000:F 0.25 -> 0.50 ms: the band in L2 instead of L1), so there a band is as
// tall as the stack buffer holds (kBandRows * kChunk elements, in L1): one line of each column
// for rows of 128-255 elements (float32; 256 / 8 for float64), more rows for shorter ones,
// whose one-line bands held under a chunk and moved their partial chunk on at every band
// (medians of 3 interleaved runs: float32 7x100000:F 0.32 -> 0.18 ms, 16x100000:F 0.33 -> 0.24
// ms, 33x100000:F 1.7 -> 1.0 ms, 30x1000:F 7.2 -> 5.5 us, float64 10x100000:F 0.54 -> 0.39
// ms, 16x100000:F 0.59 -> 0.37 ms). Rows of a chunk or more
// keep the window sweep: for them, one-line bands were 2-3.5x slower (2047x2049:F,
// 4000x3000:F).
template <class T>
inline constexpr int kBandRows = 64 / static_cast<int>(sizeof(T));
constexpr int64_t kFlatBandBytes = 256 * 1024;
constexpr int64_t kFlatBandMaxRows = 2048;
static_assert(kFlatBandBytes + (kChunk + kSquare) * 8 <= internal::kThreadScratchDoubles * 8,
              "a band, its carry and overrun fit the scratch buffer");

// Rows [i, i + nr) of a view with rs == 1 into band (C order, cols a row): kSquare columns at
// a time, each column down all nr rows, transposed in squares; a last group of m < kSquare
// columns first, as whole squares whose overrun into the next row that row's stores rewrite.
// Writes up to kSquare elements past the band.
template <class T>
inline void FillTallBand(const Strided& in, int64_t i, int64_t nr, T* band) {
  // Columns between a run's read and its line request.
  constexpr int64_t kAheadCols = 2 * kSquare;
  const int64_t cols = in.cols, full = cols / kSquare * kSquare;
  const auto group = [&](int64_t q0, int m) {
    const bool ahead = q0 + kAheadCols + kSquare <= cols;
    int64_t k = 0;
    for (; k + kSquare <= nr; k += kSquare) {
      if (ahead) {
        // The line of each ahead column's run that holds this square's last row (and, at the
        // top, its first): every line of those runs once.
#pragma GCC unroll 8
        for (int q = 0; q < kSquare; ++q) {
          if (k == 0) __builtin_prefetch(At<T>(in, i, q0 + kAheadCols + q), 0, 3);
          __builtin_prefetch(At<T>(in, i + k + kSquare - 1, q0 + kAheadCols + q), 0, 3);
        }
      }
      Square<T> x;
      if (m == kSquare) {
        x.LoadColumns(At<T>(in, i + k, q0), in.cs);
      } else {
        for (int q = 0; q < kSquare; ++q) {
          if (q < m) {
            std::memcpy(&x.v[q], At<T>(in, i + k, q0 + q), sizeof(x.v[q]));
          } else {
            x.v[q] = typename Square<T>::Vec{};
          }
        }
        x.Transpose();
      }
      x.StoreRows(band + k * cols + q0, cols);
    }
    for (; k < nr; ++k) {
      for (int q = 0; q < m; ++q) band[k * cols + q0 + q] = *At<T>(in, i + k, q0 + q);
    }
  };
  if (full < cols) group(full, static_cast<int>(cols - full));
  for (int64_t q0 = 0; q0 < full; q0 += kSquare) group(q0, kSquare);
}

template <class T>
double SumFlatBands(const Strided& in, int64_t start, int64_t len) {
  using W = SumV<T>;
  constexpr int kRows = kBandRows<T>;
  // Columns between a run's read and its line request (as in SumFlatRowTiles).
  constexpr int kAheadCols = 16;
  alignas(64) T stack_buf[kChunk + kRows * kChunk];
  const int64_t cols = in.cols, cs = in.cs, end = start + len;
  // Views from memory (past stream_bytes, as the axis strips decide) take tall bands in the
  // thread's scratch buffer when it has one.
  const int64_t bytes = in.rows * cols * static_cast<int64_t>(sizeof(T));
  T* buf = bytes > RaptorsInternalStreamBytes() ? reinterpret_cast<T*>(internal::ThreadScratch())
                                                : nullptr;
  const bool from_memory = buf != nullptr;
  const int64_t h =
      from_memory
          ? std::min<int64_t>(kFlatBandMaxRows, kFlatBandBytes / sizeof(T) / cols) / kSquare *
                kSquare
          : std::max<int64_t>(kRows, (kRows * kChunk - kSquare) / cols / kSquare * kSquare);
  const bool tall = h > kRows;
  if (!from_memory) buf = stack_buf;
  T* const band = buf + kChunk;
  const int64_t last_row = (end - 1) / cols;
  PairStack st;
  int64_t p = start;  // the first position not yet in a chunk value
  int carry = 0;      // positions [p, p + carry) wait at band - carry
  const T* rest = band;  // the view's last, partial chunk, once the loop has reached it
  for (int64_t i = start / cols; i <= last_row; i += h) {
    const int64_t nr = std::min(h, last_row + 1 - i);
    if (tall) {
      FillTallBand<T>(in, i, nr, band);
    } else {
      const T* src = At<T>(in, i, 0);
      int64_t c = 0;
      if (nr == kRows) {
        for (; c + kSquare <= cols; c += kSquare, src += kSquare * cs) {
          if (c + kAheadCols < cols) {
#pragma GCC unroll 8
            for (int q = 0; q < kSquare; ++q) {
              __builtin_prefetch(src + (kAheadCols + q) * cs, 0, 3);
              __builtin_prefetch(src + (kAheadCols + q) * cs + kRows - 1, 0, 3);
            }
          }
#pragma GCC unroll 8
          for (int k0 = 0; k0 < kRows; k0 += kSquare) {
            Square<T> x;
            x.LoadColumns(src + k0, cs);
            x.StoreRows(band + k0 * cols + c, cols);
          }
        }
      }
      for (; c < cols; ++c, src += cs) {
        for (int64_t k = 0; k < nr; ++k) band[k * cols + c] = src[k];
      }
    }
    const int64_t f = i * cols;  // the band's first position
    const T* x = carry > 0 ? band - carry : band + (p - f);
    const int64_t have = std::min(f + nr * cols, end) - p;
    int64_t k = 0;
    for (; k + kChunk <= have; k += kChunk) st.Push(ChunkValue<T, W>(x + k));
    p += k;
    carry = static_cast<int>(have - k);
    if (p + carry == end) {
      rest = x + k;
      break;
    }
    std::memmove(band - carry, x + k, sizeof(T) * carry);
  }
  if (carry > 0) st.Push(LastChunk<T>(rest, 1, carry));  // the view's last chunk
  return st.Fold();
}

// Order L over flattened elements [start, start+len) of a view with rs == 1 whose rows hold a
// chunk or more but not whole chunks (cols >= kChunk, cols % kChunk != 0). Row r starts at
// offset o_r = (r * cols) % kChunk of a chunk, so its chunks begin at their own column, and the
// chunk at its start began in row r - 1. Rows are taken in strips, as by the across-rows
// kernels above, and each strip in windows of kChunk columns, so that a window holds at most
// one chunk end per row:
// - Each row keeps kLanes running sums ("slots"; a slot of all the strip's rows side by side):
//   column c goes to slot c % 32, lane (c + o_r) % 32 of the row's chunk. A slot's (at most
//   kSteps) columns of a window are added in registers, one vector of rows at a time: those
//   before the row's chunk end to the slot's sum ("old"), those after it to a new sum from
//   -0.0, chosen per row by masked adds (AddSplit). Each lane so adds its elements in order,
//   from -0.0: the lanes of ChunkValue.
// - The halving tree pairs lanes i and i + w for i < w: under any rotation of the lanes these
//   are the same pairs of slots (s and s + w modulo 2w), so the old sums enter the halving tree
//   slot by slot as RowGroupChunk's lanes do (in column order for strips of at most
//   kInOrderRows rows, else through the binary-counter stack in LaneAt order), which ends with
//   every row's chunk value (a pair may be added in the other order: the same bits but for NaN
//   payloads, which no result promises). The new sums stay in the slots for the next window.
// - Row r - 1's last o_r columns (the start of row r's first chunk) are first added to row r's
//   slots (SweepTails); row r - 1 adds them to a chunk it never ends (no mask for them).
// - A strip's chunk values are those of the chunks that end in its rows: a run of the chunk
//   sequence, pushed in order.
// So every column's run of the strip's rows is read once (the tails twice), kSteps runs at a
// time, with no per-element scratch traffic and no per-row gathers. Measured against the row
// tiles below (Zen 4, medians of 5 interleaved runs): float32 2047x2049:F sum 0.85 ms against
// 2.3 ms, 1000x1000:F 0.23 against 0.29 ms; float64 1.7 against 3.9 ms and 0.24 against 0.46
// ms. Skipping the masks where a vector's rows agree (branches per step) was slower.
constexpr int kWindowRows = 1024;

// The rows [k0, k1) (vectors of W::Lanes() rows) of one slot of a window: x at the slot's first
// column c0, its steps columns `step` apart. split, keep: per-row limits (SweepWindow). The old
// sums are added to the merges entries top, top - pitch, ... (each: entry + sum) and stored at
// dst, the new ones (plus the old where keep < 0) stay in sl.
template <class T, class W, bool kFull>
inline void WindowSlot(const T* x, int64_t step, int steps, int64_t c0, int k0, int k1,
                       const double* split, const double* keep, double* sl, int merges,
                       const double* top, double* dst, int64_t pitch) {
  if (kFull) steps = kSteps;
  for (int v = k0; v + W::Lanes() <= k1; v += W::Lanes()) {
    typename W::D o = W::Load(sl + v), nw = W::Set(-0.0);
    const typename W::D sp = W::Load(split + v);
    const T* p = x + v;
#pragma GCC unroll 8
    for (int j = 0; j < steps; ++j) {
      const typename W::D col = W::Set(static_cast<double>(c0 + kLanes * j));
      W::AddSplit(o, nw, W::LoadAcc(p + j * step), col, sp);
    }
    W::Store(sl + v, W::AddIfLess(nw, o, W::Load(keep + v), W::Set(0.0)));
    for (int k = 0; k < merges; ++k) o = W::Add(W::Load(top - k * pitch + v), o);
    W::Store(dst + v, o);
  }
}

// Columns [w0, w1) (w1 - w0 <= kChunk) of rows [0, nr) of a strip, x = the strip's column 0.
// Row k's columns below split[k] end the chunk in its slots, the others begin the next one;
// keep[k] < 0: no chunk ends here, the slots go on. stk[0 .. nr) ends with the ended chunks'
// values.
template <class T, class W>
void SweepWindow(const T* x, int64_t cs, int nr, int64_t pitch, int64_t w0, int64_t w1,
                 int64_t cols, bool in_order, const double* lim, double* slots, double* stk) {
  const double* split = lim;
  const double* keep = lim + pitch;
  const int nv = nr / W::Lanes() * W::Lanes();
  LaneOrder order(in_order, stk, pitch);
  for (int li = 0; li < kLanes; ++li) {
    const auto [s, merges, top, dst] = order.Next(li);
    const int64_t c0 = w0 + s;
    const int steps = c0 < w1 ? static_cast<int>((w1 - c0 + kLanes - 1) / kLanes) : 0;
    const T* xs = x + c0 * cs;
    double* sl = slots + s * pitch;
    if (steps == kSteps) {
      WindowSlot<T, W, true>(xs, kLanes * cs, steps, c0, 0, nv, split, keep, sl, merges, top, dst,
                             pitch);
    } else {
      WindowSlot<T, W, false>(xs, kLanes * cs, steps, c0, 0, nv, split, keep, sl, merges, top,
                              dst, pitch);
    }
    WindowSlot<T, OneLane, false>(xs, kLanes * cs, steps, c0, nv, nr, split, keep, sl, merges,
                                  top, dst, pitch);
    if (w1 < cols) RequestNextWindow(x + (w0 + kChunk) * cs, cs, nr, li);
  }
  if (in_order) HalvingLevels<W>(stk, pitch, nv, nr);
}

// Rows [k0, k1) of one slot of the tails: x at the slot's first column c0, its steps columns
// `step` apart, each added where c > lim (tail - 0.5), in column order. As in WindowSlot, a
// whole slot's steps are unrolled with their column values constant, so the loop is loads and
// masked adds only: with the column converted and broadcast per step the tails took a third of
// float32 20000x300 (transposed) sum's time.
template <class T, class W, bool kFull>
inline void TailSlot(const T* x, int64_t step, int steps, int64_t c0, int k0, int k1,
                     const double* lim, double* sl) {
  if (kFull) steps = kSteps;
  for (int v = k0; v + W::Lanes() <= k1; v += W::Lanes()) {
    typename W::D a = W::Load(sl + v);
    const typename W::D t = W::Load(lim + v);
    const T* p = x + v;
#pragma GCC unroll 8
    for (int j = 0; j < steps; ++j) {
      const typename W::D col = W::Set(static_cast<double>(c0 + kLanes * j));
      a = W::AddIfLess(a, W::LoadAcc(p + j * step), t, col);
    }
    W::Store(sl + v, a);
  }
}

// Row r - 1's columns from tail[k] on (cols - o_r), into row r's slots (k < n; x = row r - 1's
// column 0): column c is lane (c - cols + o_r) % 32 of row r's first chunk, slot (c - cols) %
// 32. The columns from the least tail on (at most kChunk - 1 of them), slot by slot, each added
// where c >= tail[k].
template <class T, class W>
void SweepTails(const T* x, int64_t cs, int n, int64_t pitch, int64_t cols, const int64_t* tail,
                double* lim, double* slots) {
  const int64_t first = *std::min_element(tail, tail + n);
  for (int k = 0; k < n; ++k) lim[k] = static_cast<double>(tail[k]) - 0.5;  // c > tail - 0.5
  const int nv = n / W::Lanes() * W::Lanes();
  for (int64_t c0 = first; c0 < cols && c0 < first + kLanes; ++c0) {
    double* sl = slots + ((c0 - cols) % kLanes + kLanes) % kLanes * pitch;
    const int steps = static_cast<int>((cols - c0 + kLanes - 1) / kLanes);  // <= kSteps
    const T* xs = x + c0 * cs;
    if (steps == kSteps) {
      TailSlot<T, W, true>(xs, kLanes * cs, steps, c0, 0, nv, lim, sl);
    } else {
      TailSlot<T, W, false>(xs, kLanes * cs, steps, c0, 0, nv, lim, sl);
    }
    TailSlot<T, OneLane, false>(xs, kLanes * cs, steps, c0, nv, n, lim, sl);
  }
}

// Rows r0 .. r0+nr-1 of the sweep: writes the values of the chunks that end in them (and the
// view's last chunk if r0 + nr == rows), chunks r0 * cols / kChunk onward, to cv. Scratch
// (pitch doubles a row of each): slots kLanes rows, stk kHalfLanes, lim 2.
template <class T, class W>
void SweepStrip(const Strided& in, int64_t r0, int nr, int64_t pitch, bool in_order,
                double* slots, double* stk, double* lim, double* cv) {
  const int64_t cols = in.cols, lo = r0 * cols / kChunk;
  int64_t b[kWindowRows];     // the row's chunks end before columns b + m * kChunk
  // The row's own columns end at own: the rest begin row r + 1's first chunk, which that row
  // builds from them (SweepTails); this row adds them to a chunk it never ends.
  int64_t own[kWindowRows];
  int64_t tail[kWindowRows];  // row r - 1's columns from tail on begin row r's first chunk
  for (int k = 0; k < nr; ++k) {
    const int64_t r = r0 + k;
    const int64_t o = r * cols % kChunk;
    b[k] = (kChunk - o) % kChunk;
    own[k] = r + 1 < in.rows ? cols - (r + 1) * cols % kChunk : cols;
    tail[k] = cols - o;
  }
  // Every slot from -0.0, in blocks of 8 (pitch is a multiple of 8), which GCC vectorizes at
  // -O2 (std::fill's loop stayed scalar: 9% of float32 20000x300 transposed sum).
  for (int64_t i = 0; i < kLanes * pitch; i += 8) {
    for (int u = 0; u < 8; ++u) slots[i + u] = -0.0;
  }
  const int k0 = r0 == 0 ? 1 : 0;  // row 0 of the view begins a chunk
  if (nr > k0) {
    SweepTails<T, W>(At<T>(in, r0 + k0 - 1, 0), in.cs, nr - k0, pitch, cols, tail + k0,
                     lim + k0, slots + k0);
  }
  const T* x = At<T>(in, r0, 0);
  for (int64_t w0 = 0; w0 < cols; w0 += kChunk) {
    const int64_t w1 = std::min(w0 + kChunk, cols);
    for (int k = 0; k < nr; ++k) {
      const int64_t p = w0 + b[k];  // where the row's chunk ends in this window, if it does
      lim[k] = static_cast<double>(p);
      lim[pitch + k] = p >= w1 ? -1.0 : 1.0;
    }
    SweepWindow<T, W>(x, in.cs, nr, pitch, w0, w1, cols, in_order, lim, slots, stk);
    for (int k = 0; k < nr; ++k) {
      const int64_t p = w0 + b[k];
      if (p > 0 && p <= own[k]) cv[((r0 + k) * cols + p - 1) / kChunk - lo] = stk[k];
    }
  }
  const int64_t n = in.rows * cols;
  if (r0 + nr == in.rows && n % kChunk != 0) {  // the view's last, short chunk
    alignas(64) double lanes[kLanes];
    for (int s = 0; s < kLanes; ++s) lanes[s] = slots[s * pitch + nr - 1];
    for (int w = kLanes / 2; w >= 1; w /= 2) {
      for (int i = 0; i < w; ++i) lanes[i] = lanes[i] + lanes[i + w];
    }
    cv[(n - 1) / kChunk - lo] = lanes[0];
  }
}

// The float64 layer V, also for float32 data: on AVX-512 its masked adds are single
// instructions, and the narrower float32 layer (V256) was slower here (float32 1000x1000:F sum
// 0.44 ms against 0.32).
template <class T>
double SumFlatRowWindows(const Strided& in, int64_t start, int64_t len) {
  const int64_t cols = in.cols, n = in.rows * cols, end = start + len;
  alignas(64) double own[kStackScratch];
  double* scratch = internal::ThreadScratch();
  const int64_t size = scratch != nullptr ? internal::kThreadScratchDoubles : kStackScratch;
  // A row takes kLanes slots, kHalfLanes lane sums, 2 limits and at most cols / kChunk + 1
  // chunk values, the view's last chunk one more, the rows' padding to a line at most 7 a row
  // of slots, stack and limits.
  const auto cap_for = [&](int64_t lane_sums, int64_t most) {
    const int64_t rows_of = kLanes + lane_sums + 2;
    const int64_t per_row = rows_of + cols / kChunk + 1;
    return std::min<int64_t>(most, (size - 1 - 7 * rows_of) / per_row) / V::Lanes() * V::Lanes();
  };
  const int64_t cap = cap_for(kLaneStack, kWindowRows);
  const int64_t in_order_cap = cap_for(kHalfLanes, kInOrderRows);
  if (cap == 0) return SumFlatRowTiles<T>(in, start, len);
  const int64_t g0 = start / kChunk, g1 = (end + kChunk - 1) / kChunk;
  const int64_t last_row = (end - 1) / cols;
  const int d = V::Lanes();
  // The first chunk ending in row r (the view's last, short chunk counts as ending in its row).
  const auto first_chunk = [&](int64_t r) {
    return r == in.rows ? (n + kChunk - 1) / kChunk : r * cols / kChunk;
  };
  PairStack st;
  // From the row chunk g0 ends in to the row chunk g1 - 1 ends in. A strip of fewer rows than a
  // vector (a task that holds a few rows of a view of long rows) is widened to the d rows from
  // its first, or the view's last d: the other rows' chunks are not pushed. Swept one lane at a
  // time its rows took 2.9x as long (Zen 4, float32 100000x10:F sum on tasks of 5 rows, medians
  // of 3 interleaved runs: 1.40 -> 0.49 ms).
  for (int64_t r = (std::min(start + kChunk, n) - 1) / cols; r <= last_row;) {
    int nr = static_cast<int>(std::min(cap, last_row + 1 - r));
    int64_t r0 = r;
    if (nr < d && in.rows >= d) {
      r0 = std::min(r, in.rows - d);
      nr = d;
    }
    const int64_t pitch = (nr + 7) / 8 * 8;
    const bool in_order = nr <= in_order_cap;
    double* slots = scratch == nullptr ? own : HalfPageFrom(scratch, At<T>(in, r0, 0));
    double* stk = slots + kLanes * pitch;
    double* lim = stk + (in_order ? kHalfLanes : kLaneStack) * pitch;
    double* cv = lim + 2 * pitch;
    SweepStrip<T, V>(in, r0, nr, pitch, in_order, slots, stk, lim, cv);
    const int64_t lo = first_chunk(r0), hi = first_chunk(r0 + nr);
    for (int64_t j = std::max(first_chunk(r), g0); j < std::min(hi, g1); ++j) st.Push(cv[j - lo]);
    r = r0 + nr;
  }
  return st.Fold();
}

// A strided load of Lanes() elements p[0], p[s], ... as float64.
template <class T, class W>
inline typename W::D ColLoad(const T* p, int64_t s) {
#if defined(__ARM_FEATURE_SVE)
  const svbool_t pg = svptrue_b64();
  const svint64_t idx = svindex_s64(0, s);
  if constexpr (std::is_same_v<T, double>) {
    return svld1_gather_s64index_f64(pg, p, idx);
  } else if constexpr (std::is_same_v<T, int64_t>) {
    return svcvt_f64_s64_x(pg, svld1_gather_s64index_s64(pg, p, idx));
  } else if constexpr (std::is_same_v<T, int32_t>) {
    return svcvt_f64_s64_x(pg, svld1sw_gather_s64index_s64(pg, p, idx));
  } else {
    const svuint64_t w = svld1uw_gather_s64index_u64(pg, reinterpret_cast<const uint32_t*>(p), idx);
    return svcvt_f64_f32_x(pg, svreinterpret_f32_u64(w));
  }
#else
  return W::LoadCol(p, s);
#endif
}

// A strided row of an order-R block (see BlockLoad): float32 lanes for float32 data.
template <class T, class W>
inline auto BlockLoadCol(const T* p, int64_t s) {
  if constexpr (std::is_same_v<T, float>) {
    return W::LoadColH(p, s);
  } else {
    return ColLoad<T, W>(p, s);
  }
}

#if !defined(__ARM_FEATURE_SVE)  // sizeless SVE vectors cannot be held in arrays
// Order R for NV * d columns c0.. of a view with |rs| < |cs|, all rows, accumulators in
// registers: the operations of NarrowBlock with one strided load per row of the group.
template <class T, class W, int NV>
void SumColsDown(const Strided& in, int64_t c0, double* out) {
  constexpr int d = W::Lanes();
  const typename W::D z = W::Set(-0.0);
  typename W::D a1[NV], a2[NV];
  for (int v = 0; v < NV; ++v) a1[v] = a2[v] = z;
  const int64_t rs = in.rs, cs = in.cs;
  const int64_t full = in.rows / kRowBlock;
  int in_super = 0;
  const T* row = At<T>(in, 0, c0);
  for (int64_t b = 0; b < full; ++b, row += kRowBlock * rs) {
    for (int v = 0; v < NV; ++v) {
      const T* p = row + v * d * cs;
      const auto row = [&](int k) { return BlockLoadCol<T, W>(p + k * rs, cs); };
      a1[v] = W::AddF(a1[v], BlockTree<T, W>(row(0), row(1), row(2), row(3), row(4), row(5),
                                             row(6), row(7)));
    }
    if (++in_super == kBlocksPerSuper) {
      for (int v = 0; v < NV; ++v) {
        a2[v] = W::Add(a2[v], a1[v]);
        a1[v] = z;
      }
      in_super = 0;
    }
  }
  const int rest = static_cast<int>(in.rows - full * kRowBlock);
  if (rest > 0) {  // the last, partial block: missing rows are -0.0
    for (int v = 0; v < NV; ++v) {
      decltype(BlockIdentity<T, W>()) x[kRowBlock];
      for (int k = 0; k < kRowBlock; ++k) {
        x[k] = k < rest ? BlockLoadCol<T, W>(row + v * d * cs + k * rs, cs) : BlockIdentity<T, W>();
      }
      a1[v] = W::AddF(a1[v], BlockTree<T, W>(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]));
    }
  }
  for (int v = 0; v < NV; ++v) W::Store(out + v * d, W::Add(a2[v], a1[v]));
}
#endif

#if !defined(__ARM_FEATURE_SVE)
// SumColsDown for rs == 1, where each column is contiguous: a block of NV * d columns is read
// as contiguous vectors per column and W::BlockTrees (float32: W::BlockTreesF) transposes them
// while it adds, one tree level per vector add, so no element is loaded alone. A column is
// visited for 32 rows (kLineBlocks blocks: two whole cache lines of float32, the pair the
// adjacent-line prefetcher fetches together, four of float64), so each line is used up in one
// visit: the columns of a power-of-two height share one L1 set, and a line left half read would
// be evicted by the other columns' lines before its second visit. Zen 4, medians of interleaved
// runs: float32 2048x2048:F sum_axis0 0.330 ms against 0.363 ms with one line per visit (4
// runs), 2-4% slower with four; float64 2048x2048:F 1.18 ms with two lines, 1.05 ms with four,
// 4096x4096:F 5.47 -> 4.9 ms (10 runs). The last, partial block goes through the strided loads,
// which read no element past the column.

// The blocks of Lanes() columns (column j at p + j * cs) whose 8 rows are contiguous.
template <class T, class W>
inline typename W::D ColumnBlocks(const T* p, int64_t cs) {
  if constexpr (std::is_same_v<T, float>) {
    return W::BlockTreesF(p, cs);
  } else {
    constexpr int d = W::Lanes();
    constexpr int kPerCol = kRowBlock / d;  // vectors per column per block
    typename W::D x[kRowBlock];
    for (int j = 0; j < d; ++j) {
      for (int k = 0; k < kPerCol; ++k) x[j * kPerCol + k] = W::LoadAcc(p + j * cs + k * d);
    }
    return W::BlockTrees(x);
  }
}

template <class T, class W, int NV>
void SumColsDownContig(const Strided& in, int64_t c0, double* out) {
  constexpr int d = W::Lanes();
  constexpr int kLineBlocks = 4;
  static_assert(kBlocksPerSuper % kLineBlocks == 0, "superblocks hold whole line visits");
  const typename W::D z = W::Set(-0.0);
  typename W::D a1[NV], a2[NV];
  for (int v = 0; v < NV; ++v) a1[v] = a2[v] = z;
  const int64_t cs = in.cs;
  const int64_t full = in.rows / kRowBlock;
  int in_super = 0;
  const T* base = At<T>(in, 0, c0);
  int64_t b = 0;
  for (; b + kLineBlocks <= full; b += kLineBlocks) {
    for (int v = 0; v < NV; ++v) {
      for (int h = 0; h < kLineBlocks; ++h) {
        const T* p = base + v * d * cs + (b + h) * kRowBlock;
        a1[v] = W::AddF(a1[v], ColumnBlocks<T, W>(p, cs));
      }
    }
    if ((in_super += kLineBlocks) == kBlocksPerSuper) {
      for (int v = 0; v < NV; ++v) {
        a2[v] = W::Add(a2[v], a1[v]);
        a1[v] = z;
      }
      in_super = 0;
    }
  }
  for (; b < full; ++b) {  // the last full blocks short of a visit
    for (int v = 0; v < NV; ++v) {
      const T* p = base + v * d * cs + b * kRowBlock;
      a1[v] = W::AddF(a1[v], ColumnBlocks<T, W>(p, cs));
    }
    if (++in_super == kBlocksPerSuper) {
      for (int v = 0; v < NV; ++v) {
        a2[v] = W::Add(a2[v], a1[v]);
        a1[v] = z;
      }
      in_super = 0;
    }
  }
  const int rest = static_cast<int>(in.rows - full * kRowBlock);
  if (rest > 0) {  // the last, partial block: missing rows are -0.0
    const T* row = base + full * kRowBlock;
    for (int v = 0; v < NV; ++v) {
      decltype(BlockIdentity<T, W>()) x[kRowBlock];
      for (int k = 0; k < kRowBlock; ++k) {
        x[k] = k < rest ? BlockLoadCol<T, W>(row + v * d * cs + k, cs) : BlockIdentity<T, W>();
      }
      a1[v] = W::AddF(a1[v], BlockTree<T, W>(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]));
    }
  }
  for (int v = 0; v < NV; ++v) W::Store(out + v * d, W::Add(a2[v], a1[v]));
}
#endif

// Order R for one column of any view, in plain code (the columns left over after the groups).
template <class T>
double SumColumn(const Strided& in, int64_t j) {
  double a1 = -0.0, a2 = -0.0;
  int in_super = 0;
  for (int64_t i0 = 0; i0 < in.rows; i0 += kRowBlock) {
    T x[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) {
      x[k] = i0 + k < in.rows ? *At<T>(in, i0 + k, j) : static_cast<T>(-0.0);
    }
    a1 = a1 + BlockScalar<T>(x);
    if (++in_super == kBlocksPerSuper) {
      a2 = a2 + a1;
      a1 = -0.0;
      in_super = 0;
    }
  }
  return a2 + a1;
}
