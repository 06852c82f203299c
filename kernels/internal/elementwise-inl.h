// Elementwise kernels (Add, Scale, AddRow, AddColumn), for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after minmax_isum-inl.h, so it sees EV<T>, At<T>, kIsFloat and
// ContiguousRows. Integers wrap (computed unsigned), floats round once per element (no FMA
// contraction in kernel TUs), so any vectorization gives the same bits. In-place (out == a or
// out == b, exactly the same view; other overlaps are rejected by the callers) is safe: each
// vector is loaded before the vector at the same indexes is stored.
//
// Rows (or all rows at once when no view has gaps between rows, so small rows cost one loop)
// go through MapRow over EV<T> vectors (vec_native-inl.h: 256-bit in the avx512 table): 4
// vectors per iteration, then single vectors, then the rest (one partial vector, predicated on
// SVE; element by element where an operand is strided). Operands are read contiguously or, with
// column stride 2, as vector pairs whose even lanes are kept (LoadEven). Views whose rows are
// all contiguous columns instead (Fortran order, rs == 1) are walked column by column when out
// is Fortran order too, else transposed (ColumnWalk): views of under 8 rows row by row side by
// side (FewRows), narrow rows through column pieces interleaved or bands transposed in
// registers (TransposedBands), the rest in tiles (TiledRows), so neither side strides through
// memory a whole row or column at a time. Other strides use plain loops.
//
// Output past the cache: when the operands and output of a call together exceed
// RaptorsInternalStreamBytes() (from the last-level cache size), the x86 layers write whole
// aligned vectors with non-temporal stores, saving the read-for-ownership of each output line,
// and fence once at the end of the call. In place stays safe: every vector is still loaded
// before the store to the same elements.

template <class T>
struct Arith {
  using U = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
  static T Add(T a, T b) {
    if constexpr (kIsFloat<T>) {
      return a + b;
    } else {
      return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
    }
  }
  static T Mul(T a, T b) {
    if constexpr (kIsFloat<T>) {
      return a * b;
    } else {
      return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
    }
  }
};

template <class T>
inline T* MutAt(const MutStrided& o, int64_t i, int64_t j) {
  return static_cast<T*>(o.data) + i * o.rs + j * o.cs;
}

// One input row: contiguous (kS = 1) or every other element (kS = 2).
template <class T, int kS>
struct Src {
  static constexpr int kStride = kS;
  const T* p;
  auto Vec(int64_t j) const {
    if constexpr (kS == 1) {
      return EV<T>::Load(p + j);
    } else {
      return EV<T>::LoadEven(p + 2 * j);
    }
  }
  auto VecN(int64_t j, int t) const { return EV<T>::LoadN(p + j, t, T{}); }
  T Get(int64_t j) const { return p[kS * j]; }
};

// The ops: V on vectors, S on one element (same bits).
template <class T>
struct AddOp {
  template <class W>
  W V(W x, W y) const { return EV<T>::Add(x, y); }
  T S(T x, T y) const { return Arith<T>::Add(x, y); }
};
template <class T>
struct AddConstOp {  // x + c (AddColumn)
  T c;
  template <class W>
  W V(W x) const { return EV<T>::Add(x, EV<T>::Set(c)); }
  T S(T x) const { return Arith<T>::Add(x, c); }
};
template <class T>
struct MulConstOp {  // x * c (Scale)
  T c;
  template <class W>
  W V(W x) const { return EV<T>::Mul(x, EV<T>::Set(c)); }
  T S(T x) const { return Arith<T>::Mul(x, c); }
};

// o[j] = op(s[j]...) for j in [j0, j1): element by element, or one partial vector when every
// operand is contiguous, j1 - j0 < Lanes() and the layer masks tails in one instruction.
template <class T, class Op, class... Rs>
inline void MapRest(T* o, int64_t j0, int64_t j1, const Op& op, const Rs&... s) {
  if (j1 <= j0) return;
  if constexpr (EV<T>::kMaskedTail && ((Rs::kStride == 1) && ...)) {
    if (j1 - j0 < EV<T>::Lanes()) {
      const int t = static_cast<int>(j1 - j0);
      EV<T>::StoreN(o + j0, op.V(s.VecN(j0, t)...), t);
      return;
    }
  }
  for (int64_t j = j0; j < j1; ++j) o[j] = op.S(s.Get(j)...);
}

// o[j] = op(s[j]...) for j < n. kStream: the whole 64-byte lines of o go out with non-temporal
// stores, the elements before the first and after the last with ordinary stores.
template <class T, bool kStream, class Op, class... Rs>
inline void MapRow(T* o, int64_t n, const Op& op, const Rs&... s) {
  using N = EV<T>;
  const int64_t d = N::Lanes();
  // A stride-2 vector reads one element past its last lane: keep it inside the row.
  const int64_t end = ((Rs::kStride == 2) || ...) ? n - 1 : n;
  int64_t j = 0;
  if constexpr (kStream) {
    // Only whole 64-byte lines go out non-temporally: a line written partly with streaming and
    // partly with ordinary stores (short rows, row ends) is flushed and re-read, at a cost far
    // above the read-for-ownership saved. Rows under 4 lines are not worth the split.
    constexpr int64_t kLine = 64 / static_cast<int64_t>(sizeof(T));
    const uintptr_t addr = reinterpret_cast<uintptr_t>(o);
    if (addr % sizeof(T) != 0 || n < 4 * kLine) {
      MapRow<T, false>(o, n, op, s...);
      return;
    }
    const int64_t head = static_cast<int64_t>((-addr) % 64 / sizeof(T));
    const int64_t lines_end = head + (end - head) / kLine * kLine;
    MapRest<T>(o, 0, head, op, s...);
    for (j = head; j + 4 * d <= lines_end; j += 4 * d) {
      const auto x0 = op.V(s.Vec(j)...);
      const auto x1 = op.V(s.Vec(j + d)...);
      const auto x2 = op.V(s.Vec(j + 2 * d)...);
      const auto x3 = op.V(s.Vec(j + 3 * d)...);
      N::StoreStream(o + j, x0);
      N::StoreStream(o + j + d, x1);
      N::StoreStream(o + j + 2 * d, x2);
      N::StoreStream(o + j + 3 * d, x3);
    }
    for (; j + d <= lines_end; j += d) N::StoreStream(o + j, op.V(s.Vec(j)...));
  }
  const auto store = [](T* p, auto v) { N::Store(p, v); };
  for (; j + 4 * d <= end; j += 4 * d) {
    const auto x0 = op.V(s.Vec(j)...);
    const auto x1 = op.V(s.Vec(j + d)...);
    const auto x2 = op.V(s.Vec(j + 2 * d)...);
    const auto x3 = op.V(s.Vec(j + 3 * d)...);
    store(o + j, x0);
    store(o + j + d, x1);
    store(o + j + 2 * d, x2);
    store(o + j + 3 * d, x3);
  }
  for (; j + d <= end; j += d) store(o + j, op.V(s.Vec(j)...));
  MapRest<T>(o, j, n, op, s...);
}

// Whether a call touching `bytes` in all (operands and output) streams its output.
template <class T>
inline bool StreamOut(int64_t bytes) {
  return EV<T>::kStream && bytes > RaptorsInternalStreamBytes();
}

template <class T>
inline int64_t Bytes(int64_t rows, int64_t cols) {
  return rows * cols * static_cast<int64_t>(sizeof(T));
}

// Runs op over rows r0 .. r0+nr-1 of out (op's operands given per row by `row_srcs(i, f)`,
// which calls f with the row's Src values). Dispatches on the operands' column strides.
template <class T, bool kStream, class Op, class RowSrcs>
inline void MapRows(const MutStrided& out, int64_t r0, int64_t nr, int64_t n, bool one_run,
                    const Op& op, const RowSrcs& row_srcs) {
  if (one_run) {  // every view contiguous over these rows
    row_srcs(r0, [&](const auto&... s) { MapRow<T, kStream>(MutAt<T>(out, r0, 0), nr * n, op, s...); });
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    row_srcs(i, [&](const auto&... s) { MapRow<T, kStream>(MutAt<T>(out, i, 0), n, op, s...); });
  }
}

// Transposing walk: out has contiguous rows (cs == 1), the operands contiguous columns
// (rs == 1). Tiles of kTileEdge rows x kSquare columns: each column piece of the tile is
// computed with MapRow into a small buffer (contiguous reads: column pieces one row stride apart
// never pile up in the few L1 sets they share), transposed kSquare x kSquare in registers
// (Square) and stored as whole row pieces; edge tiles element by element. The operands' pieces
// of the next row of tiles are requested while a row is done. 16 rows is at least one cache
// line per piece; larger tiles measured slower on Zen 4 (float32 2048x2048 from a transposed
// view: 16 -> 5-10 ms, 32 -> 11-18 ms, 64 -> 8-12 ms), as their pieces again compete for the L1
// and L2 sets that a power-of-two row stride maps them to. Against element-by-element stores
// from 16 x 16 tiles (medians of 7 interleaved runs): float32 4096x1500 scaled from its
// transpose 12.7 -> 6.6 ms, float64 14.8 -> 10.3 ms, float64 2048x2048 9.5 -> 6.7 ms; float32
// 2048x2048 add 5.1 -> 6.5 ms (its 16 pieces in one L1 set; the next row's requests and
// 16-column tiles were slower still).
constexpr int64_t kTileEdge = 16;

// column(buf, i0, iw, j) writes out[i0 .. i0+iw-1][j] to buf[0 .. iw-1]. a, b: the
// Fortran-order operands (b may be null), whose next tile row is requested a row of tiles ahead.
template <class T, class Column>
inline void TiledRows(const MutStrided& out, int64_t r0, int64_t nr, int64_t n, const Strided& a,
                      const Strided* b, const Column& column) {
  constexpr int64_t e = kTileEdge;
  alignas(64) T buf[kSquare * e];
  for (int64_t i0 = r0; i0 < r0 + nr; i0 += e) {
    const int64_t iw = std::min(e, r0 + nr - i0);
    const bool ahead = i0 + 2 * e <= r0 + nr;
    for (int64_t j0 = 0; j0 < n; j0 += kSquare) {
      const int64_t jw = std::min<int64_t>(kSquare, n - j0);
      if (ahead) {
        for (int64_t jj = 0; jj < jw; ++jj) {
          for (int64_t k = 0; k < e; k += 64 / static_cast<int64_t>(sizeof(T))) {
            __builtin_prefetch(At<T>(a, i0 + e + k, j0 + jj), 0, 3);
            if (b != nullptr) __builtin_prefetch(At<T>(*b, i0 + e + k, j0 + jj), 0, 3);
          }
        }
      }
      for (int64_t jj = 0; jj < jw; ++jj) column(buf + jj * e, i0, iw, j0 + jj);
      if (iw == e && jw == kSquare) {
#pragma GCC unroll 2
        for (int64_t k0 = 0; k0 < e; k0 += kSquare) {
          Square<T> x;
          x.LoadColumns(buf + k0, e);
          x.StoreRows(MutAt<T>(out, i0 + k0, j0), out.rs);
        }
        continue;
      }
      for (int64_t ii = 0; ii < iw; ++ii) {
        T* po = MutAt<T>(out, i0 + ii, j0);
        for (int64_t jj = 0; jj < jw; ++jj) po[jj] = buf[jj * e + ii];
      }
    }
  }
}

// Fortran-order operands into an output whose rows lie back to back (out.rs == n), rows of at
// most kBandBytes / kPieceRows bytes. Each column is read down kPieceRows rows at a time (a
// contiguous run) into a small buffer, kSquare columns after each other, and leaves transposed:
// - n < kSquare: the pieces are interleaved into out directly by a loop over a compile-time n,
//   which the compiler turns into shuffles (float32 100000x3 from a transposed view: 0.03 ms,
//   against 0.16 ms for 16 x 16 tiles and 0.22 ms for squares mostly of padding; probe, Zen 4).
// - n >= kSquare: bands of h rows go through a C-order buffer that holds the band as out will,
//   so the band leaves as one contiguous run (non-temporal past the cache, like the row kernels'
//   output). A band is read kSquare columns at a time, each column down the whole band: runs of
//   h elements, where one line of every column per pass (the tiles) left the reads at less than
//   half a contiguous read's speed. The pieces are transposed kSquare x kSquare in registers
//   (Square). A last group of m < kSquare columns is stored as whole squares too, first: row
//   k's store then runs into row k + 1's first columns, which that row's own stores rewrite
//   later (room for the last row's overrun after the band).
// Measured against the tiles (Zen 4, medians of 5 interleaved runs): float32 100x100000 scaled
// from its transpose 20.2 -> 7.9 ms, float64 28.0 -> 12.3 ms, float64 add 36.4 -> 16.3 ms.
// Rows left over (fewer than a piece or band) go to TiledRows. False when out's rows are not
// back to back or a band would be under kPieceRows rows.
constexpr int64_t kPieceRows = 64;
constexpr int64_t kBandBytes = 256 * 1024;  // in L2; from the thread's scratch buffer
constexpr int64_t kBandMaxRows = 2048;
static_assert(kBandBytes <= internal::kThreadScratchDoubles * 8, "bands fit the scratch buffer");

struct CopyOp {
  template <class W>
  W V(W x) const { return x; }
  template <class T>
  T S(T x) const { return x; }
};

// o[i * N + q] = piece[q * kPieceRows + i]: kPieceRows rows of N columns.
template <class T, int N>
inline void Interleave(T* o, const T* piece) {
  for (int64_t i = 0; i < kPieceRows; ++i) {
#pragma GCC unroll 8
    for (int q = 0; q < N; ++q) o[i * N + q] = piece[q * kPieceRows + i];
  }
}

template <class T, int N, class Column>
inline int64_t NarrowRows(const MutStrided& out, int64_t r0, int64_t nr, const Column& column) {
  alignas(64) T piece[N * kPieceRows];
  int64_t i0 = r0;
  for (; i0 + kPieceRows <= r0 + nr; i0 += kPieceRows) {
    for (int q = 0; q < N; ++q) column(piece + q * kPieceRows, i0, kPieceRows, q);
    Interleave<T, N>(MutAt<T>(out, i0, 0), piece);
  }
  return i0;
}

// Bands of h rows (see above); returns the first row not done.
template <class T, class Column>
inline int64_t BandRows(const MutStrided& out, int64_t r0, int64_t nr, int64_t n, int64_t h,
                        bool stream, T* band, const Column& column) {
  alignas(64) T piece[kSquare * kPieceRows];
  const int64_t full = n / kSquare * kSquare;
  const auto group = [&](int64_t i0, int64_t q0, int m) {
    for (int64_t k1 = 0; k1 < h; k1 += kPieceRows) {
      for (int q = 0; q < m; ++q) column(piece + q * kPieceRows, i0 + k1, kPieceRows, q0 + q);
      for (int64_t k0 = 0; k0 < kPieceRows; k0 += kSquare) {
        Square<T> x;
        if (m == kSquare) {
          x.LoadColumns(piece + k0, kPieceRows);
        } else {
          for (int q = 0; q < kSquare; ++q) {
            if (q < m) {
              std::memcpy(&x.v[q], piece + q * kPieceRows + k0, sizeof(x.v[q]));
            } else {
              x.v[q] = typename Square<T>::Vec{};
            }
          }
          x.Transpose();
        }
        x.StoreRows(band + (k1 + k0) * n + q0, n);
      }
    }
  };
  const auto run = [&](auto stream_tag) {
    constexpr bool kS = decltype(stream_tag)::value;
    int64_t i0 = r0;
    for (; i0 + h <= r0 + nr; i0 += h) {
      if (full < n) group(i0, full, static_cast<int>(n - full));
      for (int64_t q0 = 0; q0 < full; q0 += kSquare) group(i0, q0, kSquare);
      MapRow<T, kS>(MutAt<T>(out, i0, 0), h * n, CopyOp{}, Src<T, 1>{band});
    }
    return i0;
  };
  if (stream) {
    const int64_t done = run(std::true_type{});
    StreamFence();
    return done;
  }
  return run(std::false_type{});
}

template <class T, class Column>
inline bool TransposedBands(const MutStrided& out, int64_t r0, int64_t nr, int64_t n,
                            const Strided& a, const Strided* b, const Column& column) {
  if (out.cs != 1 || out.rs != n) return false;
  int64_t done = r0;
  switch (n) {
    case 2: done = NarrowRows<T, 2>(out, r0, nr, column); break;
    case 3: done = NarrowRows<T, 3>(out, r0, nr, column); break;
    case 4: done = NarrowRows<T, 4>(out, r0, nr, column); break;
    case 5: done = NarrowRows<T, 5>(out, r0, nr, column); break;
    case 6: done = NarrowRows<T, 6>(out, r0, nr, column); break;
    case 7: done = NarrowRows<T, 7>(out, r0, nr, column); break;
    default: {
      T* band = reinterpret_cast<T*>(internal::ThreadScratch());
      if (band == nullptr) return false;
      const int64_t row_bytes = n * static_cast<int64_t>(sizeof(T));
      const int64_t h = std::min(kBandMaxRows, kBandBytes / row_bytes) / kPieceRows * kPieceRows;
      if (h == 0) return false;
      const bool stream = StreamOut<T>(Bytes<T>(out.rows, out.cols) * (b != nullptr ? 3 : 2));
      done = BandRows<T>(out, r0, nr, n, h, stream, band, column);
    }
  }
  if (done < r0 + nr) TiledRows<T>(out, done, r0 + nr - done, n, a, b, column);
  return true;
}

// Calls f(Src<T, 1 or 2>{p}) for a row start p with column stride cs in {1, 2}.
template <class T, class F>
inline void WithSrc(const T* p, int64_t cs, F&& f) {
  if (cs == 1) {
    f(Src<T, 1>{p});
  } else {
    f(Src<T, 2>{p});
  }
}

inline bool Stride12(int64_t cs) { return cs == 1 || cs == 2; }
inline bool ColMajor(const Strided& v) { return v.rs == 1 && v.rows > 1 && v.cols > 1; }
inline bool ColMajor(const MutStrided& v) { return v.rs == 1 && v.rows > 1 && v.cols > 1; }

// Views of fewer than kSquare rows (rs == 1) into rows out[r0 .. r0+R-1] with cs == 1: a
// column is a run of R elements, too short to be a column piece (a call per column made such
// views 2-4x slower than NumPy), so the rows are written side by side, element(i, j) for each
// row at every column: the operands are read once, in memory order.
template <class T, int R, class Element>
inline void FewRows(const MutStrided& out, int64_t r0, int64_t n, const Element& element) {
  T* o[R];
  for (int r = 0; r < R; ++r) o[r] = MutAt<T>(out, r0 + r, 0);
  for (int64_t j = 0; j < n; ++j) {
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) o[r][j] = element(r0 + r, j);
  }
}

// Fortran-order operand a (rs == 1): column(o, i0, iw, j) writes out[i0 .. i0+iw-1][j] to
// o[0 .. iw-1], element(i, j) returns out[i][j]. Runs the columns down whole when out is
// Fortran order too, else transposes them (FewRows, TransposedBands, TiledRows). b: a second
// Fortran-order operand, or null. False when a is not Fortran order.
template <class T, class Column, class Element>
inline bool ColumnWalk(const Strided& a, const MutStrided& out, int64_t r0, int64_t nr,
                       const Column& column, const Element& element,
                       const Strided* b = nullptr) {
  if (!ColMajor(a)) return false;
  if (ColMajor(out)) {
    for (int64_t j = 0; j < a.cols; ++j) column(MutAt<T>(out, r0, j), r0, nr, j);
    return true;
  }
  if (out.cs != 1 || out.data == a.data) return false;
  const int64_t n = a.cols;
  switch (a.rows < kSquare ? nr : 0) {
    case 1: FewRows<T, 1>(out, r0, n, element); return true;
    case 2: FewRows<T, 2>(out, r0, n, element); return true;
    case 3: FewRows<T, 3>(out, r0, n, element); return true;
    case 4: FewRows<T, 4>(out, r0, n, element); return true;
    case 5: FewRows<T, 5>(out, r0, n, element); return true;
    case 6: FewRows<T, 6>(out, r0, n, element); return true;
    case 7: FewRows<T, 7>(out, r0, n, element); return true;
    default: break;
  }
  if (TransposedBands<T>(out, r0, nr, n, a, b, column)) return true;
  TiledRows<T>(out, r0, nr, n, a, b, column);
  return true;
}

template <class T>
void AddK(const Strided& a, const Strided& b, const MutStrided& out, int64_t r0, int64_t nr) {
  const AddOp<T> op;
  const int64_t n = a.cols;
  if (ColMajor(b) && ColumnWalk<T>(a, out, r0, nr, [&](T* o, int64_t i0, int64_t iw, int64_t j) {
        MapRow<T, false>(o, iw, op, Src<T, 1>{At<T>(a, i0, j)}, Src<T, 1>{At<T>(b, i0, j)});
      }, [&](int64_t i, int64_t j) { return op.S(*At<T>(a, i, j), *At<T>(b, i, j)); }, &b)) {
    return;
  }
  if (out.cs == 1 && Stride12(a.cs) && Stride12(b.cs)) {
    const bool stream = StreamOut<T>(Bytes<T>(out.rows, out.cols) * (1 + a.cs + b.cs));
    const bool one_run = ContiguousRows(a, nr) && ContiguousRows(b, nr) && ContiguousRows(out, nr);
    // One run reads contiguously, whatever cs a single column has.
    const int64_t acs = one_run ? 1 : a.cs, bcs = one_run ? 1 : b.cs;
    const auto srcs = [&](int64_t i, auto&& f) {
      WithSrc(At<T>(a, i, 0), acs, [&](const auto& sa) {
        WithSrc(At<T>(b, i, 0), bcs, [&](const auto& sb) { f(sa, sb); });
      });
    };
    if (stream) {
      MapRows<T, true>(out, r0, nr, n, one_run, op, srcs);
      StreamFence();
    } else {
      MapRows<T, false>(out, r0, nr, n, one_run, op, srcs);
    }
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    const T* pb = At<T>(b, i, 0);
    T* po = MutAt<T>(out, i, 0);
    for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], pb[j * b.cs]);
  }
}

// out = op(a) for a one-operand op (Scale, AddColumn's per-row constant from op_for_row(i)).
template <class T, class OpForRow>
inline void Map1K(const Strided& a, const MutStrided& out, int64_t r0, int64_t nr,
                  bool row_invariant, const OpForRow& op_for_row) {
  const int64_t n = a.cols;
  const bool one_run = row_invariant && ContiguousRows(a, nr) && ContiguousRows(out, nr);
  // Rows shorter than a vector, one at a time, cost less in the plain loop below.
  if (out.cs == 1 && Stride12(a.cs) && (one_run || n >= EV<T>::Lanes())) {
    const bool stream = StreamOut<T>(Bytes<T>(out.rows, out.cols) * (1 + a.cs));
    const auto run = [&](auto stream_tag) {
      constexpr bool kS = decltype(stream_tag)::value;
      if (one_run) {
        MapRow<T, kS>(MutAt<T>(out, r0, 0), nr * n, op_for_row(r0), Src<T, 1>{At<T>(a, r0, 0)});
        return;
      }
      for (int64_t i = r0; i < r0 + nr; ++i) {
        WithSrc(At<T>(a, i, 0), a.cs, [&](const auto& sa) {
          MapRow<T, kS>(MutAt<T>(out, i, 0), n, op_for_row(i), sa);
        });
      }
    };
    if (stream) {
      run(std::true_type{});
      StreamFence();
    } else {
      run(std::false_type{});
    }
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const auto op = op_for_row(i);
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    for (int64_t j = 0; j < n; ++j) po[j * out.cs] = op.S(pa[j * a.cs]);
  }
}

template <class T>
void ScaleK(const Strided& a, const void* factor, const MutStrided& out, int64_t r0, int64_t nr) {
  const MulConstOp<T> op{*static_cast<const T*>(factor)};
  if (ColumnWalk<T>(a, out, r0, nr, [&](T* o, int64_t i0, int64_t iw, int64_t j) {
        MapRow<T, false>(o, iw, op, Src<T, 1>{At<T>(a, i0, j)});
      }, [&](int64_t i, int64_t j) { return op.S(*At<T>(a, i, j)); })) {
    return;
  }
  Map1K<T>(a, out, r0, nr, true, [op](int64_t) { return op; });
}

// Short rows as one flat run. A row of fewer than 4 vectors spends a per-row MapRow mostly in
// its tail (element by element where the layer has no masked stores: 256-bit vectors on
// avx512, AVX2, SSE2, NEON) and never streams (a row is under 4 lines). When a and out hold
// their rows back to back, the rows are instead one run of full vectors, and the broadcast
// operand becomes a contiguous one: a buffer holding the row repeated (AddRow) or each column
// value repeated n times (AddColumn). Every element is still op(a, operand) once, so the bits
// are the row loop's; in place stays safe (MapRow loads each vector before storing it).
// Runs are batches of a multiple of 16 rows, so they start on whole 64-byte lines for any n
// when out does, and streamed runs split no line between them.
constexpr int64_t kFlatBuf = 2048;  // operand buffer elements (16 KiB of int64: stays in L1)
constexpr int64_t kFlatRowUnit = 16;

template <class T>
inline bool FlatShortRows(const Strided& a, const MutStrided& out, int64_t nr) {
  const int64_t n = a.cols;
  return nr > 1 && n < 4 * static_cast<int64_t>(EV<T>::Lanes()) && n * kFlatRowUnit <= kFlatBuf &&
         ContiguousRows(a, nr) && ContiguousRows(out, nr);
}

// Rows per run of FlatShortRows: as many as the buffer holds, a multiple of kFlatRowUnit.
inline int64_t FlatRows(int64_t n) { return kFlatBuf / n / kFlatRowUnit * kFlatRowUnit; }

// o = a + v (v[k * vs] added to column k) over nr rows of n elements, a and o contiguous.
template <class T, bool kStream>
void AddRowFlat(const T* a, const T* v, int64_t vs, T* o, int64_t nr, int64_t n) {
  alignas(64) T buf[kFlatBuf];
  const int64_t p = std::min(FlatRows(n), nr) * n;  // the period, a whole number of rows
  for (int64_t k = 0; k < n; ++k) buf[k] = v[k * vs];
  for (int64_t k = n; k < p; ++k) buf[k] = buf[k - n];
  for (int64_t j = 0, total = nr * n; j < total; j += p) {
    MapRow<T, kStream>(o + j, std::min(p, total - j), AddOp<T>{}, Src<T, 1>{a + j},
                       Src<T, 1>{buf});
  }
}

// o = a + v (v[i * vs] added to row i) over nr rows of n elements, a and o contiguous.
template <class T, bool kStream>
void AddColFlat(const T* a, const T* v, int64_t vs, T* o, int64_t nr, int64_t n) {
  using N = EV<T>;
  // Room past the last row for one vector of the widest layer (2048-bit SVE).
  constexpr int64_t kSlack = 256 / static_cast<int64_t>(sizeof(T));
  alignas(64) T buf[kFlatBuf + kSlack];
  const int64_t d = N::Lanes();
  const int64_t rb = FlatRows(n);
  for (int64_t i0 = 0; i0 < nr; i0 += rb) {
    const int64_t m = std::min(rb, nr - i0);
    // Whole vectors of row i's value; the part past the row is rewritten by row i + 1.
    for (int64_t i = 0; i < m; ++i) {
      const auto x = N::Set(v[(i0 + i) * vs]);
      for (int64_t c = 0; c < n; c += d) N::Store(buf + i * n + c, x);
    }
    MapRow<T, kStream>(o + i0 * n, m * n, AddOp<T>{}, Src<T, 1>{a + i0 * n}, Src<T, 1>{buf});
  }
}

// Runs the flat kernel `f` (AddRowFlat or AddColFlat) with streaming decided as Map1K does.
template <class T, class F>
inline void FlatRun(const Strided& a, const MutStrided& out, int64_t r0, int64_t nr, const F& f) {
  const T* pa = At<T>(a, r0, 0);
  T* po = MutAt<T>(out, r0, 0);
  if (StreamOut<T>(Bytes<T>(out.rows, out.cols) * 2)) {
    f(std::true_type{}, pa, po);
    StreamFence();
  } else {
    f(std::false_type{}, pa, po);
  }
}

template <class T>
void AddColK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  const T* v = static_cast<const T*>(vec);
  if (Stride12(vs) && ColumnWalk<T>(a, out, r0, nr, [&](T* o, int64_t i0, int64_t iw, int64_t j) {
        WithSrc(v + i0 * vs, vs, [&](const auto& sv) {
          MapRow<T, false>(o, iw, AddOp<T>{}, Src<T, 1>{At<T>(a, i0, j)}, sv);
        });
      }, [&](int64_t i, int64_t j) { return Arith<T>::Add(*At<T>(a, i, j), v[i * vs]); })) {
    return;
  }
  if (FlatShortRows<T>(a, out, nr)) {
    FlatRun<T>(a, out, r0, nr, [&](auto stream_tag, const T* pa, T* po) {
      AddColFlat<T, decltype(stream_tag)::value>(pa, v + r0 * vs, vs, po, nr, a.cols);
    });
    return;
  }
  Map1K<T>(a, out, r0, nr, false, [v, vs](int64_t i) { return AddConstOp<T>{v[i * vs]}; });
}

template <class T>
void AddRowK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  const AddOp<T> op;
  const T* v = static_cast<const T*>(vec);
  const int64_t n = a.cols;
  if (ColumnWalk<T>(a, out, r0, nr, [&](T* o, int64_t i0, int64_t iw, int64_t j) {
        MapRow<T, false>(o, iw, AddConstOp<T>{v[j * vs]}, Src<T, 1>{At<T>(a, i0, j)});
      }, [&](int64_t i, int64_t j) { return Arith<T>::Add(*At<T>(a, i, j), v[j * vs]); })) {
    return;
  }
  if (FlatShortRows<T>(a, out, nr)) {
    FlatRun<T>(a, out, r0, nr, [&](auto stream_tag, const T* pa, T* po) {
      AddRowFlat<T, decltype(stream_tag)::value>(pa, v, vs, po, nr, n);
    });
    return;
  }
  if (out.cs == 1 && Stride12(a.cs) && Stride12(vs)) {
    const bool stream = StreamOut<T>(Bytes<T>(out.rows, out.cols) * (1 + a.cs));
    const auto srcs = [&](int64_t i, auto&& f) {
      WithSrc(At<T>(a, i, 0), a.cs, [&](const auto& sa) {
        WithSrc(v, vs, [&](const auto& sv) { f(sa, sv); });
      });
    };
    if (stream) {
      MapRows<T, true>(out, r0, nr, n, false, op, srcs);
      StreamFence();
    } else {
      MapRows<T, false>(out, r0, nr, n, false, op, srcs);
    }
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], v[j * vs]);
  }
}
