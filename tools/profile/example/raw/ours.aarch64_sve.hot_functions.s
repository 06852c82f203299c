b6400 <void raptors::sve::(anonymous namespace)::Means<float>(double const*, long, long, void*, long)>:
  b6400:	scvtf d4, x2
  b6404:	fmov d3, #1.000000000000000000e+00
  b6408:	fdiv d3, d3, d4
  b640c:	dup v5.2d, v4.d[0]
  b6410:	dup v3.2d, v3.d[0]
  b6414:	cmp x4, #0x1
  b6418:	b.eq 0xb64f8
  b641c:	cmp x1, #0x1
  b6420:	b.le 0xb6578
  b6424:	adrp x5, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  b6428:	sub x2, x1, #0x2
  b642c:	add x8, x0, #0x10
  b6430:	mov x6, x0
  b6434:	ldr q7, [x5, #2864]
  b6438:	lsr x2, x2, #1
  b643c:	adrp x5, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  b6440:	lsl x10, x4, #3
  b6444:	add x8, x8, x2, lsl #4
  b6448:	lsl x9, x4, #2
  b644c:	ldr q6, [x5, #2880]
  b6450:	mov x5, x3
  b6454:	nop
  b6458:	ldr q1, [x6]
  b645c:	fabs v2.2d, v1.2d
  b6460:	fcmge v0.2d, v2.2d, v7.2d
  b6464:	fcmge v2.2d, v6.2d, v2.2d
  b6468:	and v0.16b, v0.16b, v2.16b
  b646c:	uminv s0, v0.4s
  b6470:	fmov w7, s0
  b6474:	cmn w7, #0x1
  b6478:	b.ne 0xb64f0
  b647c:	fmul v0.2d, v3.2d, v1.2d
  b6480:	fmls v1.2d, v0.2d, v5.2d
  b6484:	fmla v0.2d, v1.2d, v3.2d
  b6488:	fcvtn v0.2s, v0.2d
  b648c:	add x7, x5, x9
  b6490:	add x6, x6, #0x10
  b6494:	str s0, [x5]
  b6498:	add x5, x5, x10
  b649c:	st1 {v0.s}[1], [x7]
  b64a0:	cmp x8, x6
  b64a4:	b.ne 0xb6458
  b64a8:	add x2, x2, #0x1
  b64ac:	lsl x2, x2, #1
  b64b0:	cmp x2, x1
  b64b4:	b.ge 0xb64ec
  b64b8:	mul x5, x2, x4
  b64bc:	add x6, x0, x1, lsl #3
  b64c0:	lsl x4, x4, #2
  b64c4:	add x0, x0, x2, lsl #3
  b64c8:	add x1, x3, x5, lsl #2
  b64cc:	nop
  b64d0:	ldr d0, [x0], #8
  b64d4:	fdiv d0, d0, d4
  b64d8:	fcvt s0, d0
  b64dc:	str s0, [x1]
  b64e0:	add x1, x1, x4
  b64e4:	cmp x6, x0
  b64e8:	b.ne 0xb64d0
  b64ec:	ret
  b64f0:	fdiv v0.2d, v1.2d, v5.2d
  b64f4:	b 0xb6488
  b64f8:	cmp x1, #0x1
  b64fc:	b.le 0xb6578
  b6500:	adrp x2, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  b6504:	sub x6, x1, #0x2
  b6508:	mov x5, #0x0
  b650c:	ldr q7, [x2, #2864]
  b6510:	adrp x2, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  b6514:	lsr x6, x6, #1
  b6518:	ldr q6, [x2, #2880]
  b651c:	b 0xb6524
  b6520:	mov x5, x2
  b6524:	lsl x2, x5, #4
  b6528:	ldr q1, [x0, x2]
  b652c:	fabs v2.2d, v1.2d
  b6530:	fcmge v0.2d, v2.2d, v7.2d
  b6534:	fcmge v2.2d, v6.2d, v2.2d
  b6538:	and v0.16b, v0.16b, v2.16b
  b653c:	uminv s0, v0.4s
  b6540:	fmov w2, s0
  b6544:	cmn w2, #0x1
  b6548:	b.ne 0xb6570
  b654c:	fmul v0.2d, v1.2d, v3.2d
  b6550:	fmls v1.2d, v0.2d, v5.2d
  b6554:	fmla v0.2d, v1.2d, v3.2d
  b6558:	fcvtn v0.2s, v0.2d
  b655c:	add x2, x5, #0x1
  b6560:	str d0, [x3, x5, lsl #3]
  b6564:	cmp x6, x5
  b6568:	b.ne 0xb6520
  b656c:	b 0xb64ac
  b6570:	fdiv v0.2d, v1.2d, v5.2d
  b6574:	b 0xb6558
  b6578:	mov x2, #0x0
  b657c:	b 0xb64b0

b7850 <void raptors::sve::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*) [clone .part.0]>:
  b7850:	sub sp, sp, #0x190
  b7854:	sub sp, sp, #0x10, lsl #12
  b7858:	add x9, sp, #0x19f
  b785c:	and x9, x9, #0xffffffffffffffc0
  b7860:	stp x29, x30, [sp]
  b7864:	mov x29, sp
  b7868:	ldr x13, [x0, #8]
  b786c:	stp x21, x22, [sp, #32]
  b7870:	stp x23, x24, [sp, #48]
  b7874:	mov x23, x2
  b7878:	str x3, [sp, #216]
  b787c:	cmp x13, #0x0
  b7880:	b.le 0xb840c
  b7884:	cntd x8
  b7888:	add x7, x9, #0x8, lsl #12
  b788c:	sbfiz x2, x8, #3, #32
  b7890:	stp x19, x20, [sp, #16]
  b7894:	add x20, sp, #0xe0
  b7898:	sxtw x24, w8
  b789c:	sub x6, x7, x2
  b78a0:	sbfiz x8, x8, #2, #32
  b78a4:	add x21, sp, #0x120
  b78a8:	stp x25, x26, [sp, #64]
  b78ac:	mov x26, x20
  b78b0:	mov w10, #0x0
  b78b4:	mov w12, #0x0
  b78b8:	mov x25, #0x0
  b78bc:	mov x22, #0x8
  b78c0:	stp x27, x28, [sp, #80]
  b78c4:	mov x27, x0
  b78c8:	mov x0, #0x8000000000000000
  b78cc:	str d8, [sp, #96]
  b78d0:	fmov d8, x0
  b78d4:	nop
  b78d8:	ldr x14, [x27, #32]
  b78dc:	sub x3, x13, x25
  b78e0:	cmp x3, #0x8
  b78e4:	csel x19, x3, x22, le
  b78e8:	cmp x14, #0x1
  b78ec:	b.eq 0xb7a64
  b78f0:	ldr x17, [x27]
  b78f4:	mul x16, x14, x1
  b78f8:	ldr x15, [x27, #24]
  b78fc:	mov x5, x25
  b7900:	mov w4, #0x0
  b7904:	nop
  b7908:	cmp w19, w4
  b790c:	add w4, w4, #0x1
  b7910:	csel x0, x25, x5, le
  b7914:	madd x0, x15, x0, x16
  b7918:	add x0, x17, x0, lsl #2
  b791c:	str x0, [x26, x5, lsl #3]
  b7920:	add x5, x5, #0x1
  b7924:	cmp w4, #0x8
  b7928:	b.ne 0xb7908
  b792c:	cmp x23, x24
  b7930:	cbnz w12, 0xb7e3c
  b7934:	b.lt 0xb7f7c
  b7938:	mul x5, x14, x24
  b793c:	mov x12, x24
  b7940:	ldr x15, [sp, #224]
  b7944:	index z4.d, #0, x14
  b7948:	mov x0, #0x0
  b794c:	ptrue p0.b
  b7950:	lsl x5, x5, #2
  b7954:	mov z6.d, #0x8000000000000000
  b7958:	b 0xb79a0
  b795c:	fadd z0.d, z0.d, z6.d
  b7960:	mov z1.d, #0x8000000000000000
  b7964:	fadd z3.d, z1.d, z6.d
  b7968:	mov z1.d, #0x8000000000000000
  b796c:	mov z2.d, #0x8000000000000000
  b7970:	fadd z1.d, z1.d, z6.d
  b7974:	mov z5.d, z2.d
  b7978:	fadd z2.d, z2.d, z5.d
  b797c:	fadd z0.d, z0.d, z3.d
  b7980:	fadd z1.d, z1.d, z2.d
  b7984:	add x4, x12, x24
  b7988:	fadd z0.d, z0.d, z1.d
  b798c:	st1d {z0.d}, p0, [x6, x12, lsl #3]
  b7990:	add x0, x0, x5
  b7994:	cmp x23, x4
  b7998:	b.lt 0xb7f80
  b799c:	mov x12, x4
  b79a0:	add x4, x15, x0
  b79a4:	ld1w {z0.d}, p0/z, [x4, z4.d, lsl #2]
  b79a8:	fcvt z0.d, p0/m, z0.s
  b79ac:	cmp x3, #0x1
  b79b0:	b.eq 0xb795c
  b79b4:	ldr x4, [sp, #232]
  b79b8:	add x4, x4, x0
  b79bc:	ld1w {z1.d}, p0/z, [x4, z4.d, lsl #2]
  b79c0:	fcvt z1.d, p0/m, z1.s
  b79c4:	fadd z0.d, z0.d, z1.d
  b79c8:	cmp x3, #0x2
  b79cc:	b.eq 0xb817c
  b79d0:	ldr x4, [sp, #240]
  b79d4:	add x4, x4, x0
  b79d8:	ld1w {z1.d}, p0/z, [x4, z4.d, lsl #2]
  b79dc:	fcvt z1.d, p0/m, z1.s
  b79e0:	cmp x3, #0x3
  b79e4:	b.eq 0xb7964
  b79e8:	ldr x4, [sp, #248]
  b79ec:	add x4, x4, x0
  b79f0:	ld1w {z2.d}, p0/z, [x4, z4.d, lsl #2]
  b79f4:	fcvt z2.d, p0/m, z2.s
  b79f8:	fadd z3.d, z1.d, z2.d
  b79fc:	cmp x3, #0x4
  b7a00:	b.eq 0xb8174
  b7a04:	ldr x4, [sp, #256]
  b7a08:	add x4, x4, x0
  b7a0c:	ld1w {z1.d}, p0/z, [x4, z4.d, lsl #2]
  b7a10:	fcvt z1.d, p0/m, z1.s
  b7a14:	cmp x3, #0x5
  b7a18:	b.eq 0xb796c
  b7a1c:	ldr x4, [sp, #264]
  b7a20:	add x4, x4, x0
  b7a24:	ld1w {z2.d}, p0/z, [x4, z4.d, lsl #2]
  b7a28:	fcvt z2.d, p0/m, z2.s
  b7a2c:	fadd z1.d, z1.d, z2.d
  b7a30:	cmp x3, #0x6
  b7a34:	b.eq 0xb8168
  b7a38:	ldr x4, [sp, #272]
  b7a3c:	add x4, x4, x0
  b7a40:	ld1w {z2.d}, p0/z, [x4, z4.d, lsl #2]
  b7a44:	fcvt z2.d, p0/m, z2.s
  b7a48:	cmp x3, #0x7
  b7a4c:	b.le 0xb8160
  b7a50:	ldr x4, [sp, #280]
  b7a54:	add x4, x4, x0
  b7a58:	ld1w {z5.d}, p0/z, [x4, z4.d, lsl #2]
  b7a5c:	fcvt z5.d, p0/m, z5.s
  b7a60:	b 0xb7978
  b7a64:	adrp x0, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b7a68:	mov x5, x25
  b7a6c:	add x13, x0, #0xd00
  b7a70:	mov w28, #0x0
  b7a74:	b 0xb7aa0
  b7a78:	ldp x0, x3, [x27, #24]
  b7a7c:	add w28, w28, #0x1
  b7a80:	ldr x14, [x27]
  b7a84:	mul x3, x1, x3
  b7a88:	madd x0, x5, x0, x3
  b7a8c:	add x0, x14, x0, lsl #2
  b7a90:	str x0, [x26, x5, lsl #3]
  b7a94:	add x5, x5, #0x1
  b7a98:	cmp w28, #0x8
  b7a9c:	b.eq 0xb7ad0
  b7aa0:	cmp w19, w28
  b7aa4:	b.gt 0xb7a78
  b7aa8:	ldar x0, [x13]
  b7aac:	adrp x14, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b7ab0:	and x3, x0, #0x1
  b7ab4:	tbz w0, #0, 0xb7d78
  b7ab8:	add x0, x14, #0xd40
  b7abc:	add w28, w28, #0x1
  b7ac0:	str x0, [x26, x5, lsl #3]
  b7ac4:	add x5, x5, #0x1
  b7ac8:	cmp w28, #0x8
  b7acc:	b.ne 0xb7aa0
  b7ad0:	ldp x18, x17, [sp, #224]
  b7ad4:	cmp x23, x24
  b7ad8:	ldp x16, x15, [sp, #240]
  b7adc:	ldp x14, x13, [sp, #256]
  b7ae0:	ldp x5, x19, [sp, #272]
  b7ae4:	cbnz w12, 0xb81a8
  b7ae8:	b.lt 0xb83d8
  b7aec:	mov x3, x24
  b7af0:	mov x0, #0x0
  b7af4:	ptrue p0.b
  b7af8:	add x4, x17, x0
  b7afc:	ld1w {z1.d}, p0/z, [x4]
  b7b00:	add x4, x16, x0
  b7b04:	ld1w {z2.d}, p0/z, [x4]
  b7b08:	add x4, x15, x0
  b7b0c:	add x12, x18, x0
  b7b10:	ld1w {z3.d}, p0/z, [x4]
  b7b14:	fcvt z1.d, p0/m, z1.s
  b7b18:	add x4, x14, x0
  b7b1c:	fcvt z3.d, p0/m, z3.s
  b7b20:	ld1w {z0.d}, p0/z, [x12]
  b7b24:	fcvt z2.d, p0/m, z2.s
  b7b28:	add x12, x13, x0
  b7b2c:	fadd z2.d, z2.d, z3.d
  b7b30:	fcvt z0.d, p0/m, z0.s
  b7b34:	ld1w {z3.d}, p0/z, [x12]
  b7b38:	fadd z0.d, z0.d, z1.d
  b7b3c:	fcvt z3.d, p0/m, z3.s
  b7b40:	ld1w {z1.d}, p0/z, [x4]
  b7b44:	add x4, x5, x0
  b7b48:	fadd z0.d, z0.d, z2.d
  b7b4c:	mov x12, x3
  b7b50:	ld1w {z2.d}, p0/z, [x4]
  b7b54:	fcvt z1.d, p0/m, z1.s
  b7b58:	add x4, x19, x0
  b7b5c:	fadd z1.d, z1.d, z3.d
  b7b60:	fcvt z2.d, p0/m, z2.s
  b7b64:	ld1w {z3.d}, p0/z, [x4]
  b7b68:	fcvt z3.d, p0/m, z3.s
  b7b6c:	fadd z2.d, z2.d, z3.d
  b7b70:	fadd z1.d, z1.d, z2.d
  b7b74:	fadd z0.d, z0.d, z1.d
  b7b78:	st1d {z0.d}, p0, [x6, x3, lsl #3]
  b7b7c:	add x3, x3, x24
  b7b80:	add x0, x0, x8
  b7b84:	cmp x23, x3
  b7b88:	b.ge 0xb7af8
  b7b8c:	mov x3, x12
  b7b90:	cmp x23, x12
  b7b94:	b.le 0xb7cd4
  b7b98:	add x4, x7, x3, lsl #3
  b7b9c:	lsl x0, x3, #2
  b7ba0:	cmp x23, x3
  b7ba4:	addvl x12, x4, #1
  b7ba8:	add x28, x19, x0
  b7bac:	add x18, x18, x0
  b7bb0:	add x17, x17, x0
  b7bb4:	add x16, x16, x0
  b7bb8:	add x15, x15, x0
  b7bbc:	add x14, x14, x0
  b7bc0:	add x13, x13, x0
  b7bc4:	add x5, x5, x0
  b7bc8:	cntw x19
  b7bcc:	mov x0, #0x0
  b7bd0:	sub x3, x23, x3
  b7bd4:	ptrue p0.b
  b7bd8:	csinc x3, x3, xzr, gt
  b7bdc:	whilelo p1.s, xzr, x3
  b7be0:	ld1w {z1.s}, p1/z, [x18, x0, lsl #2]
  b7be4:	zip1 z2.s, z1.s, z1.s
  b7be8:	zip2 z1.s, z1.s, z1.s
  b7bec:	fcvt z2.d, p0/m, z2.s
  b7bf0:	fcvt z1.d, p0/m, z1.s
  b7bf4:	ld1w {z0.s}, p1/z, [x17, x0, lsl #2]
  b7bf8:	zip1 z4.s, z0.s, z0.s
  b7bfc:	zip2 z0.s, z0.s, z0.s
  b7c00:	fcvt z4.d, p0/m, z4.s
  b7c04:	fcvt z0.d, p0/m, z0.s
  b7c08:	fadd z4.d, z4.d, z2.d
  b7c0c:	fadd z2.d, z0.d, z1.d
  b7c10:	ld1w {z1.s}, p1/z, [x16, x0, lsl #2]
  b7c14:	zip2 z3.s, z1.s, z1.s
  b7c18:	fcvt z3.d, p0/m, z3.s
  b7c1c:	ld1w {z0.s}, p1/z, [x15, x0, lsl #2]
  b7c20:	zip1 z6.s, z1.s, z1.s
  b7c24:	zip2 z1.s, z0.s, z0.s
  b7c28:	fcvt z6.d, p0/m, z6.s
  b7c2c:	fcvt z1.d, p0/m, z1.s
  b7c30:	fadd z1.d, z1.d, z3.d
  b7c34:	fadd z1.d, z1.d, z2.d
  b7c38:	ld1w {z2.s}, p1/z, [x14, x0, lsl #2]
  b7c3c:	zip1 z3.s, z2.s, z2.s
  b7c40:	fcvt z3.d, p0/m, z3.s
  b7c44:	zip1 z5.s, z0.s, z0.s
  b7c48:	zip2 z2.s, z2.s, z2.s
  b7c4c:	ld1w {z0.s}, p1/z, [x13, x0, lsl #2]
  b7c50:	fcvt z5.d, p0/m, z5.s
  b7c54:	fcvt z2.d, p0/m, z2.s
  b7c58:	fadd z5.d, z5.d, z6.d
  b7c5c:	zip1 z6.s, z0.s, z0.s
  b7c60:	zip2 z0.s, z0.s, z0.s
  b7c64:	fcvt z6.d, p0/m, z6.s
  b7c68:	fcvt z0.d, p0/m, z0.s
  b7c6c:	fadd z6.d, z6.d, z3.d
  b7c70:	fadd z2.d, z0.d, z2.d
  b7c74:	ld1w {z3.s}, p1/z, [x5, x0, lsl #2]
  b7c78:	ld1w {z0.s}, p1/z, [x28, x0, lsl #2]
  b7c7c:	fadd z5.d, z5.d, z4.d
  b7c80:	zip1 z7.s, z3.s, z3.s
  b7c84:	zip2 z4.s, z3.s, z3.s
  b7c88:	punpklo p2.h, p1.b
  b7c8c:	zip1 z3.s, z0.s, z0.s
  b7c90:	punpkhi p1.h, p1.b
  b7c94:	fcvt z7.d, p0/m, z7.s
  b7c98:	fcvt z4.d, p0/m, z4.s
  b7c9c:	zip2 z0.s, z0.s, z0.s
  b7ca0:	fcvt z3.d, p0/m, z3.s
  b7ca4:	fcvt z0.d, p0/m, z0.s
  b7ca8:	fadd z3.d, z3.d, z7.d
  b7cac:	fadd z0.d, z0.d, z4.d
  b7cb0:	fadd z3.d, z3.d, z6.d
  b7cb4:	fadd z0.d, z0.d, z2.d
  b7cb8:	fadd z2.d, z3.d, z5.d
  b7cbc:	fadd z0.d, z0.d, z1.d
  b7cc0:	st1d {z2.d}, p2, [x4, x0, lsl #3]
  b7cc4:	st1d {z0.d}, p1, [x12, x0, lsl #3]
  b7cc8:	add x0, x0, x19
  b7ccc:	whilelo p1.s, x0, x3
  b7cd0:	b.ne 0xb7be0
  b7cd4:	ldr x13, [x27, #8]
  b7cd8:	mov w12, #0x1
  b7cdc:	add x25, x25, #0x8
  b7ce0:	sub x26, x26, #0x40
  b7ce4:	cmp x13, x25
  b7ce8:	b.gt 0xb78d8
  b7cec:	ldp x19, x20, [sp, #16]
  b7cf0:	ldp x25, x26, [sp, #64]
  b7cf4:	ldp x27, x28, [sp, #80]
  b7cf8:	ldr d8, [sp, #96]
  b7cfc:	ldr x0, [sp, #216]
  b7d00:	add x2, x9, #0x8, lsl #12
  b7d04:	sub x22, x0, #0x8
  b7d08:	mov x0, #0x1
  b7d0c:	cmp x23, #0x0
  b7d10:	b.gt 0xb7d3c
  b7d14:	b 0xb7d60
  b7d18:	ldur d0, [x4, #-8]
  b7d1c:	cbz w12, 0xb7d28
  b7d20:	ldur d1, [x3, #-8]
  b7d24:	fadd d0, d0, d1
  b7d28:	str d0, [x22, x0, lsl #3]
  b7d2c:	add x1, x0, #0x1
  b7d30:	cmp x23, x0
  b7d34:	b.eq 0xb7d60
  b7d38:	mov x0, x1
  b7d3c:	lsl x1, x0, #3
  b7d40:	add x3, x2, x0, lsl #3
  b7d44:	add x4, x9, x1
  b7d48:	cbnz w10, 0xb7d18
  b7d4c:	ldur d0, [x3, #-8]
  b7d50:	add x1, x0, #0x1
  b7d54:	str d0, [x22, x0, lsl #3]
  b7d58:	cmp x23, x0
  b7d5c:	b.ne 0xb7d38
  b7d60:	ldp x29, x30, [sp]
  b7d64:	ldp x21, x22, [sp, #32]
  b7d68:	ldp x23, x24, [sp, #48]
  b7d6c:	add sp, sp, #0x190
  b7d70:	add sp, sp, #0x10, lsl #12
  b7d74:	ret
  b7d78:	adrp x14, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b7d7c:	mov x0, x13
  b7d80:	stp x14, x13, [sp, #120]
  b7d84:	str x5, [sp, #136]
  b7d88:	str w12, [sp, #144]
  b7d8c:	str w10, [sp, #152]
  b7d90:	stp x8, x6, [sp, #160]
  b7d94:	stp x2, x9, [sp, #176]
  b7d98:	stp x1, x7, [sp, #192]
  b7d9c:	str x3, [sp, #208]
  b7da0:	bl 0x98d0
  b7da4:	ldp x14, x13, [sp, #120]
  b7da8:	ldr x5, [sp, #136]
  b7dac:	ldp x8, x6, [sp, #160]
  b7db0:	ldp x2, x9, [sp, #176]
  b7db4:	ldp x1, x7, [sp, #192]
  b7db8:	ldr w12, [sp, #144]
  b7dbc:	ldr w10, [sp, #152]
  b7dc0:	cbz w0, 0xb7ab8
  b7dc4:	ldr x3, [sp, #208]
  b7dc8:	mov z0.s, #0x80000000
  b7dcc:	add x15, x14, #0xd40
  b7dd0:	cntw x16
  b7dd4:	mov w0, #0x1000
  b7dd8:	whilelo p0.s, wzr, w0
  b7ddc:	nop
  b7de0:	st1w {z0.s}, p0, [x15, x3, lsl #2]
  b7de4:	add x3, x3, x16
  b7de8:	whilelo p0.s, w3, w0
  b7dec:	b.ne 0xb7de0
  b7df0:	adrp x0, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b7df4:	add x0, x0, #0xd00
  b7df8:	str x5, [sp, #120]
  b7dfc:	str w12, [sp, #128]
  b7e00:	str w10, [sp, #136]
  b7e04:	stp x8, x6, [sp, #144]
  b7e08:	stp x2, x9, [sp, #160]
  b7e0c:	stp x1, x14, [sp, #176]
  b7e10:	stp x7, x13, [sp, #192]
  b7e14:	bl 0x9270
  b7e18:	ldr w12, [sp, #128]
  b7e1c:	ldp x1, x14, [sp, #176]
  b7e20:	ldr x5, [sp, #120]
  b7e24:	ldp x8, x6, [sp, #144]
  b7e28:	ldp x2, x9, [sp, #160]
  b7e2c:	add x0, x14, #0xd40
  b7e30:	ldp x7, x13, [sp, #192]
  b7e34:	ldr w10, [sp, #136]
  b7e38:	b 0xb7abc
  b7e3c:	b.lt 0xb83c8
  b7e40:	mul x16, x14, x24
  b7e44:	mov x4, x7
  b7e48:	ldr x17, [sp, #224]
  b7e4c:	index z4.d, #0, x14
  b7e50:	mov x15, x24
  b7e54:	ptrue p0.b
  b7e58:	lsl x16, x16, #2
  b7e5c:	mov x0, #0x0
  b7e60:	mov z6.d, #0x8000000000000000
  b7e64:	b 0xb7eb8
  b7e68:	fadd z0.d, z0.d, z6.d
  b7e6c:	mov z1.d, #0x8000000000000000
  b7e70:	fadd z3.d, z1.d, z6.d
  b7e74:	mov z1.d, #0x8000000000000000
  b7e78:	mov z2.d, #0x8000000000000000
  b7e7c:	fadd z1.d, z1.d, z6.d
  b7e80:	mov z5.d, z2.d
  b7e84:	fadd z2.d, z2.d, z5.d
  b7e88:	fadd z0.d, z0.d, z3.d
  b7e8c:	fadd z1.d, z1.d, z2.d
  b7e90:	add x5, x24, x15
  b7e94:	ld1d {z2.d}, p0/z, [x4]
  b7e98:	fadd z0.d, z0.d, z1.d
  b7e9c:	fadd z0.d, z2.d, z0.d
  b7ea0:	st1d {z0.d}, p0, [x4]
  b7ea4:	add x0, x0, x16
  b7ea8:	add x4, x4, x2
  b7eac:	cmp x23, x5
  b7eb0:	b.lt 0xb803c
  b7eb4:	mov x15, x5
  b7eb8:	add x5, x17, x0
  b7ebc:	ld1w {z0.d}, p0/z, [x5, z4.d, lsl #2]
  b7ec0:	fcvt z0.d, p0/m, z0.s
  b7ec4:	cmp x3, #0x1
  b7ec8:	b.eq 0xb7e68
  b7ecc:	ldr x5, [sp, #232]
  b7ed0:	add x5, x5, x0
  b7ed4:	ld1w {z1.d}, p0/z, [x5, z4.d, lsl #2]
  b7ed8:	fcvt z1.d, p0/m, z1.s
  b7edc:	fadd z0.d, z0.d, z1.d
  b7ee0:	cmp x3, #0x2
  b7ee4:	b.eq 0xb81a0
  b7ee8:	ldr x5, [sp, #240]
  b7eec:	add x5, x5, x0
  b7ef0:	ld1w {z1.d}, p0/z, [x5, z4.d, lsl #2]
  b7ef4:	fcvt z1.d, p0/m, z1.s
  b7ef8:	cmp x3, #0x3
  b7efc:	b.eq 0xb7e70
  b7f00:	ldr x5, [sp, #248]
  b7f04:	add x5, x5, x0
  b7f08:	ld1w {z2.d}, p0/z, [x5, z4.d, lsl #2]
  b7f0c:	fcvt z2.d, p0/m, z2.s
  b7f10:	fadd z3.d, z1.d, z2.d
  b7f14:	cmp x3, #0x4
  b7f18:	b.eq 0xb8198
  b7f1c:	ldr x5, [sp, #256]
  b7f20:	add x5, x5, x0
  b7f24:	ld1w {z1.d}, p0/z, [x5, z4.d, lsl #2]
  b7f28:	fcvt z1.d, p0/m, z1.s
  b7f2c:	cmp x3, #0x5
  b7f30:	b.eq 0xb7e78
  b7f34:	ldr x5, [sp, #264]
  b7f38:	add x5, x5, x0
  b7f3c:	ld1w {z2.d}, p0/z, [x5, z4.d, lsl #2]
  b7f40:	fcvt z2.d, p0/m, z2.s
  b7f44:	fadd z1.d, z1.d, z2.d
  b7f48:	cmp x3, #0x6
  b7f4c:	b.eq 0xb818c
  b7f50:	ldr x5, [sp, #272]
  b7f54:	add x5, x5, x0
  b7f58:	ld1w {z2.d}, p0/z, [x5, z4.d, lsl #2]
  b7f5c:	fcvt z2.d, p0/m, z2.s
  b7f60:	cmp x3, #0x7
  b7f64:	b.le 0xb8184
  b7f68:	ldr x5, [sp, #280]
  b7f6c:	add x5, x5, x0
  b7f70:	ld1w {z5.d}, p0/z, [x5, z4.d, lsl #2]
  b7f74:	fcvt z5.d, p0/m, z5.s
  b7f78:	b 0xb7e84
  b7f7c:	mov x12, #0x0
  b7f80:	cmp x23, x12
  b7f84:	b.le 0xb7cd8
  b7f88:	lsl x14, x14, #2
  b7f8c:	add x15, x12, #0x1
  b7f90:	mul x12, x12, x14
  b7f94:	nop
  b7f98:	mov x4, #0x1
  b7f9c:	b 0xb7fc0
  b7fa0:	ldur x0, [x0, #-8]
  b7fa4:	add x5, x21, x5
  b7fa8:	add x4, x4, #0x1
  b7fac:	ldr s0, [x0, x12]
  b7fb0:	fcvt d0, s0
  b7fb4:	stur d0, [x5, #-8]
  b7fb8:	cmp x4, #0x9
  b7fbc:	b.eq 0xb7ff0
  b7fc0:	lsl x5, x4, #3
  b7fc4:	sub w3, w4, #0x1
  b7fc8:	fmov d0, d8
  b7fcc:	add x0, x20, x5
  b7fd0:	cmp w19, w3
  b7fd4:	b.gt 0xb7fa0
  b7fd8:	lsl x5, x4, #3
  b7fdc:	add x4, x4, #0x1
  b7fe0:	add x5, x21, x5
  b7fe4:	stur d0, [x5, #-8]
  b7fe8:	cmp x4, #0x9
  b7fec:	b.ne 0xb7fc0
  b7ff0:	ldp d0, d2, [sp, #288]
  b7ff4:	add x0, x7, x15, lsl #3
  b7ff8:	ldp d3, d4, [sp, #304]
  b7ffc:	add x12, x12, x14
  b8000:	ldp d1, d5, [sp, #320]
  b8004:	fadd d0, d0, d2
  b8008:	fadd d3, d3, d4
  b800c:	add x3, x15, #0x1
  b8010:	ldp d2, d4, [sp, #336]
  b8014:	fadd d1, d1, d5
  b8018:	fadd d0, d0, d3
  b801c:	fadd d2, d2, d4
  b8020:	fadd d1, d1, d2
  b8024:	fadd d0, d0, d1
  b8028:	stur d0, [x0, #-8]
  b802c:	cmp x15, x23
  b8030:	b.eq 0xb7cd8
  b8034:	mov x15, x3
  b8038:	b 0xb7f98
  b803c:	cmp x23, x15
  b8040:	b.le 0xb80f8
  b8044:	lsl x17, x14, #2
  b8048:	add x16, x7, x15, lsl #3
  b804c:	mul x14, x15, x17
  b8050:	mov x4, #0x1
  b8054:	b 0xb8078
  b8058:	ldur x0, [x0, #-8]
  b805c:	add x5, x21, x5
  b8060:	add x4, x4, #0x1
  b8064:	ldr s0, [x0, x14]
  b8068:	fcvt d0, s0
  b806c:	stur d0, [x5, #-8]
  b8070:	cmp x4, #0x9
  b8074:	b.eq 0xb80a8
  b8078:	lsl x5, x4, #3
  b807c:	sub w3, w4, #0x1
  b8080:	fmov d0, d8
  b8084:	add x0, x20, x5
  b8088:	cmp w19, w3
  b808c:	b.gt 0xb8058
  b8090:	lsl x5, x4, #3
  b8094:	add x4, x4, #0x1
  b8098:	add x5, x21, x5
  b809c:	stur d0, [x5, #-8]
  b80a0:	cmp x4, #0x9
  b80a4:	b.ne 0xb8078
  b80a8:	ldp d0, d2, [sp, #288]
  b80ac:	add x15, x15, #0x1
  b80b0:	ldp d4, d5, [sp, #304]
  b80b4:	add x14, x14, x17
  b80b8:	ldr d1, [sp, #320]
  b80bc:	fadd d0, d0, d2
  b80c0:	ldr d2, [sp, #328]
  b80c4:	ldr d3, [sp, #336]
  b80c8:	fadd d4, d4, d5
  b80cc:	ldr d5, [sp, #344]
  b80d0:	fadd d1, d1, d2
  b80d4:	ldr d2, [x16]
  b80d8:	fadd d3, d3, d5
  b80dc:	fadd d0, d0, d4
  b80e0:	fadd d1, d1, d3
  b80e4:	fadd d0, d0, d1
  b80e8:	fadd d0, d2, d0
  b80ec:	str d0, [x16], #8
  b80f0:	cmp x23, x15
  b80f4:	b.gt 0xb8050
  b80f8:	add w12, w12, #0x1
  b80fc:	cmp w12, #0x40
  b8100:	b.ne 0xb7cdc
  b8104:	cmp x23, #0x0
  b8108:	b.le 0xb8154
  b810c:	cntd x0
  b8110:	cntb x5
  b8114:	mov x14, x0
  b8118:	sub x12, x7, x5
  b811c:	mov w4, w23
  b8120:	mov x3, x9
  b8124:	lsl x10, x10, #63
  b8128:	whilelo p0.d, wzr, w23
  b812c:	whilelo p2.d, xzr, x10
  b8130:	ld1d {z0.d}, p0/z, [x12, x0, lsl #3]
  b8134:	ld1d {z1.d}, p0/z, [x3]
  b8138:	mov p1.b, p2/z, p0.b
  b813c:	fadd z0.d, p1/m, z0.d, z1.d
  b8140:	st1d {z0.d}, p0, [x3]
  b8144:	whilelo p0.d, w0, w4
  b8148:	add x3, x3, x5
  b814c:	add x0, x0, x14
  b8150:	b.ne 0xb8130
  b8154:	mov w10, #0x1
  b8158:	mov w12, #0x0
  b815c:	b 0xb7cdc
  b8160:	mov z5.d, #0x8000000000000000
  b8164:	b 0xb7978
  b8168:	mov z2.d, #0x8000000000000000
  b816c:	mov z5.d, z2.d
  b8170:	b 0xb7978
  b8174:	mov z1.d, #0x8000000000000000
  b8178:	b 0xb796c
  b817c:	mov z1.d, #0x8000000000000000
  b8180:	b 0xb7964
  b8184:	mov z5.d, #0x8000000000000000
  b8188:	b 0xb7e84
  b818c:	mov z2.d, #0x8000000000000000
  b8190:	mov z5.d, z2.d
  b8194:	b 0xb7e84
  b8198:	mov z1.d, #0x8000000000000000
  b819c:	b 0xb7e78
  b81a0:	mov z1.d, #0x8000000000000000
  b81a4:	b 0xb7e70
  b81a8:	b.lt 0xb83ec
  b81ac:	mov x4, x7
  b81b0:	mov x3, x24
  b81b4:	mov x0, #0x0
  b81b8:	ptrue p0.b
  b81bc:	nop
  b81c0:	add x28, x17, x0
  b81c4:	ld1w {z1.d}, p0/z, [x28]
  b81c8:	add x28, x16, x0
  b81cc:	ld1w {z2.d}, p0/z, [x28]
  b81d0:	add x28, x15, x0
  b81d4:	fcvt z1.d, p0/m, z1.s
  b81d8:	ld1w {z3.d}, p0/z, [x28]
  b81dc:	add x28, x14, x0
  b81e0:	add x30, x18, x0
  b81e4:	fcvt z3.d, p0/m, z3.s
  b81e8:	ld1w {z0.d}, p0/z, [x30]
  b81ec:	fcvt z2.d, p0/m, z2.s
  b81f0:	fcvt z0.d, p0/m, z0.s
  b81f4:	fadd z2.d, z2.d, z3.d
  b81f8:	fadd z0.d, z0.d, z1.d
  b81fc:	ld1w {z1.d}, p0/z, [x28]
  b8200:	add x28, x5, x0
  b8204:	add x30, x13, x0
  b8208:	fadd z0.d, z0.d, z2.d
  b820c:	ld1w {z3.d}, p0/z, [x30]
  b8210:	ld1w {z2.d}, p0/z, [x28]
  b8214:	fcvt z3.d, p0/m, z3.s
  b8218:	add x28, x19, x0
  b821c:	fcvt z1.d, p0/m, z1.s
  b8220:	ld1w {z4.d}, p0/z, [x28]
  b8224:	fadd z1.d, z1.d, z3.d
  b8228:	mov x28, x3
  b822c:	ld1d {z3.d}, p0/z, [x4]
  b8230:	fcvt z2.d, p0/m, z2.s
  b8234:	fcvt z4.d, p0/m, z4.s
  b8238:	add x3, x3, x24
  b823c:	fadd z2.d, z2.d, z4.d
  b8240:	fadd z1.d, z1.d, z2.d
  b8244:	fadd z0.d, z0.d, z1.d
  b8248:	fadd z0.d, z3.d, z0.d
  b824c:	st1d {z0.d}, p0, [x4]
  b8250:	add x0, x0, x8
  b8254:	add x4, x4, x2
  b8258:	cmp x23, x3
  b825c:	b.ge 0xb81c0
  b8260:	mov x4, x28
  b8264:	cmp x23, x28
  b8268:	b.le 0xb83c0
  b826c:	lsl x0, x4, #2
  b8270:	cmp x4, x23
  b8274:	add x30, x19, x0
  b8278:	add x18, x18, x0
  b827c:	add x17, x17, x0
  b8280:	add x16, x16, x0
  b8284:	add x15, x15, x0
  b8288:	add x14, x14, x0
  b828c:	add x13, x13, x0
  b8290:	add x5, x5, x0
  b8294:	cntb x28, all, mul #2
  b8298:	mov x0, #0x0
  b829c:	cntw x19
  b82a0:	add x3, x7, x4, lsl #3
  b82a4:	sub x4, x23, x4
  b82a8:	ptrue p0.b
  b82ac:	csinc x4, x4, xzr, lt
  b82b0:	whilelo p1.s, xzr, x4
  b82b4:	nop
  b82b8:	ld1w {z1.s}, p1/z, [x18, x0, lsl #2]
  b82bc:	zip1 z2.s, z1.s, z1.s
  b82c0:	zip2 z1.s, z1.s, z1.s
  b82c4:	fcvt z2.d, p0/m, z2.s
  b82c8:	fcvt z1.d, p0/m, z1.s
  b82cc:	ld1w {z0.s}, p1/z, [x17, x0, lsl #2]
  b82d0:	zip1 z4.s, z0.s, z0.s
  b82d4:	zip2 z0.s, z0.s, z0.s
  b82d8:	fcvt z4.d, p0/m, z4.s
  b82dc:	fcvt z0.d, p0/m, z0.s
  b82e0:	fadd z4.d, z4.d, z2.d
  b82e4:	fadd z2.d, z0.d, z1.d
  b82e8:	ld1w {z1.s}, p1/z, [x16, x0, lsl #2]
  b82ec:	zip2 z3.s, z1.s, z1.s
  b82f0:	fcvt z3.d, p0/m, z3.s
  b82f4:	ld1w {z0.s}, p1/z, [x15, x0, lsl #2]
  b82f8:	zip1 z6.s, z1.s, z1.s
  b82fc:	zip2 z1.s, z0.s, z0.s
  b8300:	fcvt z6.d, p0/m, z6.s
  b8304:	fcvt z1.d, p0/m, z1.s
  b8308:	fadd z1.d, z1.d, z3.d
  b830c:	fadd z1.d, z1.d, z2.d
  b8310:	ld1w {z2.s}, p1/z, [x14, x0, lsl #2]
  b8314:	zip1 z3.s, z2.s, z2.s
  b8318:	fcvt z3.d, p0/m, z3.s
  b831c:	zip1 z5.s, z0.s, z0.s
  b8320:	ld1w {z0.s}, p1/z, [x13, x0, lsl #2]
  b8324:	fcvt z5.d, p0/m, z5.s
  b8328:	fadd z5.d, z5.d, z6.d
  b832c:	zip1 z6.s, z0.s, z0.s
  b8330:	zip2 z0.s, z0.s, z0.s
  b8334:	fcvt z6.d, p0/m, z6.s
  b8338:	fcvt z0.d, p0/m, z0.s
  b833c:	fadd z6.d, z6.d, z3.d
  b8340:	ld1w {z3.s}, p1/z, [x5, x0, lsl #2]
  b8344:	fadd z5.d, z5.d, z4.d
  b8348:	zip1 z7.s, z3.s, z3.s
  b834c:	zip2 z4.s, z3.s, z3.s
  b8350:	zip2 z2.s, z2.s, z2.s
  b8354:	fcvt z7.d, p0/m, z7.s
  b8358:	fcvt z2.d, p0/m, z2.s
  b835c:	fcvt z4.d, p0/m, z4.s
  b8360:	fadd z2.d, z0.d, z2.d
  b8364:	ld1w {z0.s}, p1/z, [x30, x0, lsl #2]
  b8368:	zip1 z3.s, z0.s, z0.s
  b836c:	zip2 z0.s, z0.s, z0.s
  b8370:	fcvt z3.d, p0/m, z3.s
  b8374:	fcvt z0.d, p0/m, z0.s
  b8378:	fadd z3.d, z3.d, z7.d
  b837c:	fadd z0.d, z0.d, z4.d
  b8380:	fadd z3.d, z3.d, z6.d
  b8384:	fadd z0.d, z0.d, z2.d
  b8388:	fadd z0.d, z0.d, z1.d
  b838c:	punpkhi p2.h, p1.b
  b8390:	fadd z2.d, z3.d, z5.d
  b8394:	punpklo p1.h, p1.b
  b8398:	ld1d {z3.d}, p2/z, [x3, #1, mul vl]
  b839c:	ld1d {z1.d}, p1/z, [x3]
  b83a0:	fadd z3.d, z3.d, z0.d
  b83a4:	fadd z0.d, z1.d, z2.d
  b83a8:	st1d {z3.d}, p2, [x3, #1, mul vl]
  b83ac:	st1d {z0.d}, p1, [x3]
  b83b0:	add x0, x0, x19
  b83b4:	add x3, x3, x28
  b83b8:	whilelo p1.s, x0, x4
  b83bc:	b.ne 0xb82b8
  b83c0:	ldr x13, [x27, #8]
  b83c4:	b 0xb80f8
  b83c8:	cmp x23, #0x0
  b83cc:	b.le 0xb83fc
  b83d0:	mov x15, #0x0
  b83d4:	b 0xb8044
  b83d8:	mov x3, #0x0
  b83dc:	cmp x23, #0x0
  b83e0:	b.gt 0xb7b98
  b83e4:	ldr x13, [x27, #8]
  b83e8:	b 0xb7cd8
  b83ec:	mov x4, #0x0
  b83f0:	cmp x23, #0x0
  b83f4:	b.gt 0xb826c
  b83f8:	ldr x13, [x27, #8]
  b83fc:	cmp w12, #0x3f
  b8400:	b.eq 0xb8154
  b8404:	add w12, w12, #0x1
  b8408:	b 0xb7cdc
  b840c:	mov w10, #0x0
  b8410:	mov w12, #0x0
  b8414:	b 0xb7cfc
  b8418:	nop
  b841c:	nop

