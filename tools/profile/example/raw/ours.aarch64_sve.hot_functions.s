b7a70 <void raptors::sve::(anonymous namespace)::Means<float>(double const*, long, long, void*, long)>:
  b7a70:	scvtf d4, x2
  b7a74:	fmov d3, #1.000000000000000000e+00
  b7a78:	fdiv d3, d3, d4
  b7a7c:	dup v5.2d, v4.d[0]
  b7a80:	dup v3.2d, v3.d[0]
  b7a84:	cmp x4, #0x1
  b7a88:	b.eq 0xb7b68
  b7a8c:	cmp x1, #0x1
  b7a90:	b.le 0xb7be8
  b7a94:	adrp x5, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  b7a98:	sub x2, x1, #0x2
  b7a9c:	add x8, x0, #0x10
  b7aa0:	mov x6, x0
  b7aa4:	ldr q7, [x5, #1520]
  b7aa8:	lsr x2, x2, #1
  b7aac:	adrp x5, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  b7ab0:	lsl x10, x4, #3
  b7ab4:	add x8, x8, x2, lsl #4
  b7ab8:	lsl x9, x4, #2
  b7abc:	ldr q6, [x5, #1536]
  b7ac0:	mov x5, x3
  b7ac4:	nop
  b7ac8:	ldr q1, [x6]
  b7acc:	fabs v2.2d, v1.2d
  b7ad0:	fcmge v0.2d, v2.2d, v7.2d
  b7ad4:	fcmge v2.2d, v6.2d, v2.2d
  b7ad8:	and v0.16b, v0.16b, v2.16b
  b7adc:	uminv s0, v0.4s
  b7ae0:	fmov w7, s0
  b7ae4:	cmn w7, #0x1
  b7ae8:	b.ne 0xb7b60
  b7aec:	fmul v0.2d, v3.2d, v1.2d
  b7af0:	fmls v1.2d, v0.2d, v5.2d
  b7af4:	fmla v0.2d, v1.2d, v3.2d
  b7af8:	fcvtn v0.2s, v0.2d
  b7afc:	add x7, x5, x9
  b7b00:	add x6, x6, #0x10
  b7b04:	str s0, [x5]
  b7b08:	add x5, x5, x10
  b7b0c:	st1 {v0.s}[1], [x7]
  b7b10:	cmp x8, x6
  b7b14:	b.ne 0xb7ac8
  b7b18:	add x2, x2, #0x1
  b7b1c:	lsl x2, x2, #1
  b7b20:	cmp x2, x1
  b7b24:	b.ge 0xb7b5c
  b7b28:	mul x5, x2, x4
  b7b2c:	add x6, x0, x1, lsl #3
  b7b30:	lsl x4, x4, #2
  b7b34:	add x0, x0, x2, lsl #3
  b7b38:	add x1, x3, x5, lsl #2
  b7b3c:	nop
  b7b40:	ldr d0, [x0], #8
  b7b44:	fdiv d0, d0, d4
  b7b48:	fcvt s0, d0
  b7b4c:	str s0, [x1]
  b7b50:	add x1, x1, x4
  b7b54:	cmp x6, x0
  b7b58:	b.ne 0xb7b40
  b7b5c:	ret
  b7b60:	fdiv v0.2d, v1.2d, v5.2d
  b7b64:	b 0xb7af8
  b7b68:	cmp x1, #0x1
  b7b6c:	b.le 0xb7be8
  b7b70:	adrp x2, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  b7b74:	sub x6, x1, #0x2
  b7b78:	mov x5, #0x0
  b7b7c:	ldr q7, [x2, #1520]
  b7b80:	adrp x2, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  b7b84:	lsr x6, x6, #1
  b7b88:	ldr q6, [x2, #1536]
  b7b8c:	b 0xb7b94
  b7b90:	mov x5, x2
  b7b94:	lsl x2, x5, #4
  b7b98:	ldr q1, [x0, x2]
  b7b9c:	fabs v2.2d, v1.2d
  b7ba0:	fcmge v0.2d, v2.2d, v7.2d
  b7ba4:	fcmge v2.2d, v6.2d, v2.2d
  b7ba8:	and v0.16b, v0.16b, v2.16b
  b7bac:	uminv s0, v0.4s
  b7bb0:	fmov w2, s0
  b7bb4:	cmn w2, #0x1
  b7bb8:	b.ne 0xb7be0
  b7bbc:	fmul v0.2d, v1.2d, v3.2d
  b7bc0:	fmls v1.2d, v0.2d, v5.2d
  b7bc4:	fmla v0.2d, v1.2d, v3.2d
  b7bc8:	fcvtn v0.2s, v0.2d
  b7bcc:	add x2, x5, #0x1
  b7bd0:	str d0, [x3, x5, lsl #3]
  b7bd4:	cmp x6, x5
  b7bd8:	b.ne 0xb7b90
  b7bdc:	b 0xb7b1c
  b7be0:	fdiv v0.2d, v1.2d, v5.2d
  b7be4:	b 0xb7bc8
  b7be8:	mov x2, #0x0
  b7bec:	b 0xb7b20

b9cb0 <void raptors::sve::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*) [clone .part.0]>:
  b9cb0:	sub sp, sp, #0x190
  b9cb4:	sub sp, sp, #0x10, lsl #12
  b9cb8:	add x10, sp, #0x19f
  b9cbc:	and x10, x10, #0xffffffffffffffc0
  b9cc0:	stp x29, x30, [sp]
  b9cc4:	mov x29, sp
  b9cc8:	ldr x13, [x0, #8]
  b9ccc:	stp x21, x22, [sp, #32]
  b9cd0:	stp x23, x24, [sp, #48]
  b9cd4:	mov x23, x2
  b9cd8:	str x3, [sp, #216]
  b9cdc:	cmp x13, #0x0
  b9ce0:	b.le 0xba710
  b9ce4:	cntd x9
  b9ce8:	add x8, x10, #0x8, lsl #12
  b9cec:	sbfiz x2, x9, #3, #32
  b9cf0:	add x21, sp, #0x120
  b9cf4:	str d8, [sp, #96]
  b9cf8:	movi v8.2s, #0x80, lsl #24
  b9cfc:	mov x6, x0
  b9d00:	sub x7, x8, x2
  b9d04:	sbfiz x22, x9, #2, #32
  b9d08:	add x24, sp, #0x100
  b9d0c:	stp x19, x20, [sp, #16]
  b9d10:	add x19, sp, #0xe0
  b9d14:	mov w11, #0x0
  b9d18:	stp x25, x26, [sp, #64]
  b9d1c:	sxtw x25, w9
  b9d20:	mov w12, #0x0
  b9d24:	stp x27, x28, [sp, #80]
  b9d28:	mov x27, x21
  b9d2c:	mov x26, #0x0
  b9d30:	ldr x14, [x6, #32]
  b9d34:	sub x3, x13, x26
  b9d38:	cmp x3, #0x8
  b9d3c:	mov x20, #0x8
  b9d40:	csel x20, x3, x20, le
  b9d44:	cmp x14, #0x1
  b9d48:	b.eq 0xb9e9c
  b9d4c:	ldr x17, [x6]
  b9d50:	mul x16, x14, x1
  b9d54:	ldr x15, [x6, #24]
  b9d58:	mov x5, x26
  b9d5c:	mov w4, #0x0
  b9d60:	cmp w20, w4
  b9d64:	add w4, w4, #0x1
  b9d68:	csel x0, x26, x5, le
  b9d6c:	madd x0, x15, x0, x16
  b9d70:	add x0, x17, x0, lsl #2
  b9d74:	str x0, [x27, x5, lsl #3]
  b9d78:	add x5, x5, #0x1
  b9d7c:	cmp w4, #0x8
  b9d80:	b.ne 0xb9d60
  b9d84:	cmp x23, x25
  b9d88:	cbnz w12, 0xba1cc
  b9d8c:	b.lt 0xba2ec
  b9d90:	mul x5, x14, x25
  b9d94:	mov x12, x25
  b9d98:	ldr x15, [sp, #288]
  b9d9c:	index z5.d, #0, x14
  b9da0:	mov x0, #0x0
  b9da4:	ptrue p0.b
  b9da8:	lsl x5, x5, #2
  b9dac:	b 0xb9e6c
  b9db0:	ldr x4, [sp, #296]
  b9db4:	add x4, x4, x0
  b9db8:	ld1w {z2.d}, p0/z, [x4, z5.d, lsl #2]
  b9dbc:	cmp x3, #0x2
  b9dc0:	b.eq 0xba508
  b9dc4:	ldr x4, [sp, #304]
  b9dc8:	add x4, x4, x0
  b9dcc:	ld1w {z4.d}, p0/z, [x4, z5.d, lsl #2]
  b9dd0:	cmp x3, #0x3
  b9dd4:	b.eq 0xba4f0
  b9dd8:	ldr x4, [sp, #312]
  b9ddc:	add x4, x4, x0
  b9de0:	ld1w {z16.d}, p0/z, [x4, z5.d, lsl #2]
  b9de4:	cmp x3, #0x4
  b9de8:	b.eq 0xba4dc
  b9dec:	ldr x4, [sp, #320]
  b9df0:	add x4, x4, x0
  b9df4:	ld1w {z1.d}, p0/z, [x4, z5.d, lsl #2]
  b9df8:	cmp x3, #0x5
  b9dfc:	b.eq 0xba4cc
  b9e00:	ldr x4, [sp, #328]
  b9e04:	add x4, x4, x0
  b9e08:	ld1w {z7.d}, p0/z, [x4, z5.d, lsl #2]
  b9e0c:	cmp x3, #0x6
  b9e10:	b.eq 0xba4c0
  b9e14:	ldr x4, [sp, #336]
  b9e18:	add x4, x4, x0
  b9e1c:	ld1w {z3.d}, p0/z, [x4, z5.d, lsl #2]
  b9e20:	cmp x3, #0x7
  b9e24:	b.le 0xba4b8
  b9e28:	ldr x4, [sp, #344]
  b9e2c:	add x4, x4, x0
  b9e30:	ld1w {z6.d}, p0/z, [x4, z5.d, lsl #2]
  b9e34:	fadd z0.s, z0.s, z2.s
  b9e38:	fadd z4.s, z4.s, z16.s
  b9e3c:	fadd z1.s, z1.s, z7.s
  b9e40:	fadd z0.s, z0.s, z4.s
  b9e44:	fadd z3.s, z3.s, z6.s
  b9e48:	add x4, x12, x25
  b9e4c:	fadd z1.s, z1.s, z3.s
  b9e50:	fadd z0.s, z0.s, z1.s
  b9e54:	fcvt z0.d, p0/m, z0.s
  b9e58:	st1d {z0.d}, p0, [x7, x12, lsl #3]
  b9e5c:	add x0, x0, x5
  b9e60:	cmp x23, x4
  b9e64:	b.lt 0xba2f0
  b9e68:	mov x12, x4
  b9e6c:	add x4, x15, x0
  b9e70:	ld1w {z0.d}, p0/z, [x4, z5.d, lsl #2]
  b9e74:	cmp x3, #0x1
  b9e78:	b.ne 0xb9db0
  b9e7c:	mov z2.d, #0x80000000
  b9e80:	mov z4.d, z2.d
  b9e84:	mov z16.d, z2.d
  b9e88:	mov z1.d, z2.d
  b9e8c:	mov z7.d, z2.d
  b9e90:	mov z3.d, z2.d
  b9e94:	mov z6.d, z2.d
  b9e98:	b 0xb9e34
  b9e9c:	adrp x0, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b9ea0:	mov x5, x26
  b9ea4:	add x13, x0, #0xd00
  b9ea8:	mov w28, #0x0
  b9eac:	b 0xb9ed8
  b9eb0:	ldp x0, x3, [x6, #24]
  b9eb4:	add w28, w28, #0x1
  b9eb8:	ldr x14, [x6]
  b9ebc:	mul x3, x1, x3
  b9ec0:	madd x0, x5, x0, x3
  b9ec4:	add x0, x14, x0, lsl #2
  b9ec8:	str x0, [x27, x5, lsl #3]
  b9ecc:	add x5, x5, #0x1
  b9ed0:	cmp w28, #0x8
  b9ed4:	b.eq 0xb9f08
  b9ed8:	cmp w20, w28
  b9edc:	b.gt 0xb9eb0
  b9ee0:	ldar x0, [x13]
  b9ee4:	adrp x14, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  b9ee8:	and x3, x0, #0x1
  b9eec:	tbz w0, #0, 0xba10c
  b9ef0:	add x0, x14, #0xd40
  b9ef4:	add w28, w28, #0x1
  b9ef8:	str x0, [x27, x5, lsl #3]
  b9efc:	add x5, x5, #0x1
  b9f00:	cmp w28, #0x8
  b9f04:	b.ne 0xb9ed8
  b9f08:	cmp x23, x25
  b9f0c:	cbz w12, 0xba590
  b9f10:	b.lt 0xba6f0
  b9f14:	ldp x30, x28, [sp, #288]
  b9f18:	ptrue p0.b
  b9f1c:	mov x4, x8
  b9f20:	ldp x20, x18, [sp, #304]
  b9f24:	mov x3, x25
  b9f28:	ldp x17, x16, [sp, #320]
  b9f2c:	mov x0, #0x0
  b9f30:	ldp x15, x14, [sp, #336]
  b9f34:	nop
  b9f38:	add x5, x30, x0
  b9f3c:	ld1w {z0.d}, p0/z, [x5]
  b9f40:	add x5, x20, x0
  b9f44:	add x13, x28, x0
  b9f48:	ld1w {z3.d}, p0/z, [x5]
  b9f4c:	ld1w {z1.d}, p0/z, [x13]
  b9f50:	add x5, x17, x0
  b9f54:	add x13, x18, x0
  b9f58:	fadd z0.s, z0.s, z1.s
  b9f5c:	ld1w {z4.d}, p0/z, [x13]
  b9f60:	ld1w {z1.d}, p0/z, [x5]
  b9f64:	fadd z3.s, z3.s, z4.s
  b9f68:	add x5, x16, x0
  b9f6c:	fadd z0.s, z0.s, z3.s
  b9f70:	ld1w {z3.d}, p0/z, [x5]
  b9f74:	add x5, x15, x0
  b9f78:	ld1d {z2.d}, p0/z, [x4]
  b9f7c:	add x13, x14, x0
  b9f80:	fadd z1.s, z1.s, z3.s
  b9f84:	ld1w {z4.d}, p0/z, [x13]
  b9f88:	ld1w {z3.d}, p0/z, [x5]
  b9f8c:	mov x5, x3
  b9f90:	fadd z3.s, z3.s, z4.s
  b9f94:	add x3, x3, x25
  b9f98:	fadd z1.s, z1.s, z3.s
  b9f9c:	fadd z0.s, z0.s, z1.s
  b9fa0:	fcvt z0.d, p0/m, z0.s
  b9fa4:	fadd z0.d, z2.d, z0.d
  b9fa8:	st1d {z0.d}, p0, [x4]
  b9fac:	add x0, x0, x22
  b9fb0:	add x4, x4, x2
  b9fb4:	cmp x23, x3
  b9fb8:	b.ge 0xb9f38
  b9fbc:	cmp x23, x5
  b9fc0:	b.le 0xba060
  b9fc4:	add x16, x8, x5, lsl #3
  b9fc8:	addvl x15, x21, #-1
  b9fcc:	addpl x4, x19, #-4
  b9fd0:	cntd x14
  b9fd4:	mov w3, #0x8
  b9fd8:	whilelo p1.d, wzr, w3
  b9fdc:	nop
  b9fe0:	lsl x13, x5, #2
  b9fe4:	cntd x0
  b9fe8:	mov p0.b, p1.b
  b9fec:	ld1d {z0.d}, p0/z, [x15, x0, lsl #3]
  b9ff0:	ld1w {z0.d}, p0/z, [x13, z0.d]
  b9ff4:	st1w {z0.d}, p0, [x4, x0, lsl #2]
  b9ff8:	whilelo p0.d, w0, w3
  b9ffc:	add x0, x0, x14
  ba000:	b.ne 0xb9fec
  ba004:	ldp q0, q1, [x19]
  ba008:	add x9, sp, #0x108
  ba00c:	ldr d2, [x16]
  ba010:	add x5, x5, #0x1
  ba014:	stp q0, q1, [x24]
  ba018:	ldr s1, [sp, #272]
  ba01c:	ldp s0, s3, [x9, #-8]
  ba020:	ldp s4, s5, [x9]
  ba024:	ldr s6, [sp, #276]
  ba028:	fadd s0, s0, s3
  ba02c:	ldr s3, [sp, #280]
  ba030:	fadd s4, s4, s5
  ba034:	ldr s5, [sp, #284]
  ba038:	fadd s1, s1, s6
  ba03c:	fadd s3, s3, s5
  ba040:	fadd s0, s0, s4
  ba044:	fadd s1, s1, s3
  ba048:	fadd s0, s0, s1
  ba04c:	fcvt d0, s0
  ba050:	fadd d0, d2, d0
  ba054:	str d0, [x16], #8
  ba058:	cmp x23, x5
  ba05c:	b.gt 0xb9fe0
  ba060:	ldr x13, [x6, #8]
  ba064:	add w12, w12, #0x1
  ba068:	cmp w12, #0x40
  ba06c:	b.eq 0xba45c
  ba070:	add x26, x26, #0x8
  ba074:	sub x27, x27, #0x40
  ba078:	cmp x13, x26
  ba07c:	b.gt 0xb9d30
  ba080:	ldp x19, x20, [sp, #16]
  ba084:	ldp x25, x26, [sp, #64]
  ba088:	ldp x27, x28, [sp, #80]
  ba08c:	ldr d8, [sp, #96]
  ba090:	ldr x0, [sp, #216]
  ba094:	add x2, x10, #0x8, lsl #12
  ba098:	sub x22, x0, #0x8
  ba09c:	mov x0, #0x1
  ba0a0:	cmp x23, #0x0
  ba0a4:	b.gt 0xba0d0
  ba0a8:	b 0xba0f4
  ba0ac:	ldur d0, [x4, #-8]
  ba0b0:	cbz w12, 0xba0bc
  ba0b4:	ldur d1, [x3, #-8]
  ba0b8:	fadd d0, d0, d1
  ba0bc:	str d0, [x22, x0, lsl #3]
  ba0c0:	add x1, x0, #0x1
  ba0c4:	cmp x0, x23
  ba0c8:	b.eq 0xba0f4
  ba0cc:	mov x0, x1
  ba0d0:	lsl x1, x0, #3
  ba0d4:	add x3, x2, x0, lsl #3
  ba0d8:	add x4, x10, x1
  ba0dc:	cbnz w11, 0xba0ac
  ba0e0:	ldur d0, [x3, #-8]
  ba0e4:	add x1, x0, #0x1
  ba0e8:	str d0, [x22, x0, lsl #3]
  ba0ec:	cmp x0, x23
  ba0f0:	b.ne 0xba0cc
  ba0f4:	ldp x29, x30, [sp]
  ba0f8:	ldp x21, x22, [sp, #32]
  ba0fc:	ldp x23, x24, [sp, #48]
  ba100:	add sp, sp, #0x190
  ba104:	add sp, sp, #0x10, lsl #12
  ba108:	ret
  ba10c:	adrp x14, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  ba110:	mov x0, x13
  ba114:	stp x14, x13, [sp, #120]
  ba118:	str w12, [sp, #136]
  ba11c:	str w11, [sp, #144]
  ba120:	stp x2, x5, [sp, #152]
  ba124:	stp x7, x10, [sp, #168]
  ba128:	stp x6, x1, [sp, #184]
  ba12c:	stp x8, x3, [sp, #200]
  ba130:	bl 0x98d0
  ba134:	ldr w12, [sp, #136]
  ba138:	ldp x14, x13, [sp, #120]
  ba13c:	ldp x2, x5, [sp, #152]
  ba140:	ldp x7, x10, [sp, #168]
  ba144:	ldp x6, x1, [sp, #184]
  ba148:	ldr x8, [sp, #200]
  ba14c:	ldr w11, [sp, #144]
  ba150:	cbz w0, 0xb9ef0
  ba154:	ldr x3, [sp, #208]
  ba158:	mov z0.s, #0x80000000
  ba15c:	add x15, x14, #0xd40
  ba160:	cntw x16
  ba164:	mov w0, #0x1000
  ba168:	whilelo p0.s, wzr, w0
  ba16c:	nop
  ba170:	st1w {z0.s}, p0, [x15, x3, lsl #2]
  ba174:	add x3, x3, x16
  ba178:	whilelo p0.s, w3, w0
  ba17c:	b.ne 0xba170
  ba180:	adrp x0, 1b4000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7300>
  ba184:	add x0, x0, #0xd00
  ba188:	str w12, [sp, #120]
  ba18c:	str w11, [sp, #128]
  ba190:	stp x2, x5, [sp, #136]
  ba194:	stp x7, x10, [sp, #152]
  ba198:	stp x6, x1, [sp, #168]
  ba19c:	stp x8, x14, [sp, #184]
  ba1a0:	str x13, [sp, #200]
  ba1a4:	bl 0x9270
  ba1a8:	ldp x8, x14, [sp, #184]
  ba1ac:	ldp x2, x5, [sp, #136]
  ba1b0:	ldp x7, x10, [sp, #152]
  ba1b4:	ldp x6, x1, [sp, #168]
  ba1b8:	add x0, x14, #0xd40
  ba1bc:	ldr x13, [sp, #200]
  ba1c0:	ldr w12, [sp, #120]
  ba1c4:	ldr w11, [sp, #128]
  ba1c8:	b 0xb9ef4
  ba1cc:	b.lt 0xba6cc
  ba1d0:	mul x16, x14, x25
  ba1d4:	mov x4, x8
  ba1d8:	ldr x17, [sp, #288]
  ba1dc:	index z5.d, #0, x14
  ba1e0:	mov x15, x25
  ba1e4:	ptrue p0.b
  ba1e8:	lsl x16, x16, #2
  ba1ec:	mov x0, #0x0
  ba1f0:	b 0xba2bc
  ba1f4:	ldr x5, [sp, #296]
  ba1f8:	add x5, x5, x0
  ba1fc:	ld1w {z2.d}, p0/z, [x5, z5.d, lsl #2]
  ba200:	cmp x3, #0x2
  ba204:	b.eq 0xba574
  ba208:	ldr x5, [sp, #304]
  ba20c:	add x5, x5, x0
  ba210:	ld1w {z4.d}, p0/z, [x5, z5.d, lsl #2]
  ba214:	cmp x3, #0x3
  ba218:	b.eq 0xba55c
  ba21c:	ldr x5, [sp, #312]
  ba220:	add x5, x5, x0
  ba224:	ld1w {z16.d}, p0/z, [x5, z5.d, lsl #2]
  ba228:	cmp x3, #0x4
  ba22c:	b.eq 0xba548
  ba230:	ldr x5, [sp, #320]
  ba234:	add x5, x5, x0
  ba238:	ld1w {z1.d}, p0/z, [x5, z5.d, lsl #2]
  ba23c:	cmp x3, #0x5
  ba240:	b.eq 0xba538
  ba244:	ldr x5, [sp, #328]
  ba248:	add x5, x5, x0
  ba24c:	ld1w {z7.d}, p0/z, [x5, z5.d, lsl #2]
  ba250:	cmp x3, #0x6
  ba254:	b.eq 0xba52c
  ba258:	ldr x5, [sp, #336]
  ba25c:	add x5, x5, x0
  ba260:	ld1w {z3.d}, p0/z, [x5, z5.d, lsl #2]
  ba264:	cmp x3, #0x7
  ba268:	b.le 0xba524
  ba26c:	ldr x5, [sp, #344]
  ba270:	add x5, x5, x0
  ba274:	ld1w {z6.d}, p0/z, [x5, z5.d, lsl #2]
  ba278:	fadd z0.s, z0.s, z2.s
  ba27c:	fadd z4.s, z4.s, z16.s
  ba280:	ld1d {z2.d}, p0/z, [x4]
  ba284:	fadd z1.s, z1.s, z7.s
  ba288:	fadd z0.s, z0.s, z4.s
  ba28c:	fadd z3.s, z3.s, z6.s
  ba290:	add x5, x15, x25
  ba294:	fadd z1.s, z1.s, z3.s
  ba298:	fadd z0.s, z0.s, z1.s
  ba29c:	fcvt z0.d, p0/m, z0.s
  ba2a0:	fadd z0.d, z2.d, z0.d
  ba2a4:	st1d {z0.d}, p0, [x4]
  ba2a8:	add x0, x0, x16
  ba2ac:	add x4, x4, x2
  ba2b0:	cmp x23, x5
  ba2b4:	b.lt 0xba3a4
  ba2b8:	mov x15, x5
  ba2bc:	add x5, x17, x0
  ba2c0:	ld1w {z0.d}, p0/z, [x5, z5.d, lsl #2]
  ba2c4:	cmp x3, #0x1
  ba2c8:	b.ne 0xba1f4
  ba2cc:	mov z2.d, #0x80000000
  ba2d0:	mov z4.d, z2.d
  ba2d4:	mov z16.d, z2.d
  ba2d8:	mov z1.d, z2.d
  ba2dc:	mov z7.d, z2.d
  ba2e0:	mov z3.d, z2.d
  ba2e4:	mov z6.d, z2.d
  ba2e8:	b 0xba278
  ba2ec:	mov x12, #0x0
  ba2f0:	cmp x23, x12
  ba2f4:	b.le 0xba6c4
  ba2f8:	lsl x14, x14, #2
  ba2fc:	add x15, x12, #0x1
  ba300:	mul x12, x12, x14
  ba304:	nop
  ba308:	mov x4, #0x1
  ba30c:	nop
  ba310:	sub w5, w4, #0x1
  ba314:	add x0, x21, x4, lsl #3
  ba318:	add x3, x19, x4, lsl #2
  ba31c:	fmov s0, s8
  ba320:	cmp w20, w5
  ba324:	add x4, x4, #0x1
  ba328:	b.le 0xba334
  ba32c:	ldur x0, [x0, #-8]
  ba330:	ldr s0, [x0, x12]
  ba334:	stur s0, [x3, #-4]
  ba338:	cmp x4, #0x9
  ba33c:	b.ne 0xba310
  ba340:	ldp q0, q1, [x19]
  ba344:	add x4, sp, #0x108
  ba348:	add x0, x8, x15, lsl #3
  ba34c:	add x12, x12, x14
  ba350:	add x3, x15, #0x1
  ba354:	stp q0, q1, [x24]
  ba358:	ldr s5, [sp, #272]
  ba35c:	ldp s2, s3, [x4, #-8]
  ba360:	ldp s0, s1, [x4]
  ba364:	ldr s4, [sp, #280]
  ba368:	fadd s3, s3, s2
  ba36c:	ldr s2, [sp, #276]
  ba370:	fadd s1, s1, s0
  ba374:	ldr s0, [sp, #284]
  ba378:	fadd s2, s2, s5
  ba37c:	fadd s0, s0, s4
  ba380:	fadd s1, s1, s3
  ba384:	fadd s0, s0, s2
  ba388:	fadd s0, s0, s1
  ba38c:	fcvt d0, s0
  ba390:	stur d0, [x0, #-8]
  ba394:	cmp x23, x15
  ba398:	b.eq 0xba6c4
  ba39c:	mov x15, x3
  ba3a0:	b 0xba308
  ba3a4:	cmp x23, x15
  ba3a8:	b.le 0xba064
  ba3ac:	lsl x17, x14, #2
  ba3b0:	add x16, x8, x15, lsl #3
  ba3b4:	mul x14, x15, x17
  ba3b8:	mov x4, #0x1
  ba3bc:	nop
  ba3c0:	sub w5, w4, #0x1
  ba3c4:	add x0, x21, x4, lsl #3
  ba3c8:	add x3, x19, x4, lsl #2
  ba3cc:	fmov s0, s8
  ba3d0:	cmp w20, w5
  ba3d4:	add x4, x4, #0x1
  ba3d8:	b.le 0xba3e4
  ba3dc:	ldur x0, [x0, #-8]
  ba3e0:	ldr s0, [x0, x14]
  ba3e4:	stur s0, [x3, #-4]
  ba3e8:	cmp x4, #0x9
  ba3ec:	b.ne 0xba3c0
  ba3f0:	ldp q0, q1, [x19]
  ba3f4:	add x0, sp, #0x108
  ba3f8:	ldr d2, [x16]
  ba3fc:	add x15, x15, #0x1
  ba400:	add x14, x14, x17
  ba404:	stp q0, q1, [x24]
  ba408:	ldr s3, [sp, #272]
  ba40c:	ldp s5, s4, [x0, #-8]
  ba410:	ldp s1, s0, [x0]
  ba414:	ldr s6, [sp, #276]
  ba418:	fadd s4, s4, s5
  ba41c:	ldr s5, [sp, #280]
  ba420:	fadd s0, s0, s1
  ba424:	ldr s1, [sp, #284]
  ba428:	fadd s3, s3, s6
  ba42c:	fadd s1, s1, s5
  ba430:	fadd s0, s0, s4
  ba434:	fadd s1, s1, s3
  ba438:	fadd s0, s0, s1
  ba43c:	fcvt d0, s0
  ba440:	fadd d0, d2, d0
  ba444:	str d0, [x16], #8
  ba448:	cmp x23, x15
  ba44c:	b.gt 0xba3b8
  ba450:	add w12, w12, #0x1
  ba454:	cmp w12, #0x40
  ba458:	b.ne 0xba070
  ba45c:	cmp x23, #0x0
  ba460:	b.le 0xba4ac
  ba464:	cntd x0
  ba468:	cntb x5
  ba46c:	mov x14, x0
  ba470:	sub x12, x8, x5
  ba474:	mov w4, w23
  ba478:	mov x3, x10
  ba47c:	lsl x11, x11, #63
  ba480:	whilelo p0.d, wzr, w23
  ba484:	whilelo p2.d, xzr, x11
  ba488:	ld1d {z0.d}, p0/z, [x12, x0, lsl #3]
  ba48c:	ld1d {z1.d}, p0/z, [x3]
  ba490:	mov p1.b, p2/z, p0.b
  ba494:	fadd z0.d, p1/m, z0.d, z1.d
  ba498:	st1d {z0.d}, p0, [x3]
  ba49c:	whilelo p0.d, w0, w4
  ba4a0:	add x3, x3, x5
  ba4a4:	add x0, x0, x14
  ba4a8:	b.ne 0xba488
  ba4ac:	mov w11, #0x1
  ba4b0:	mov w12, #0x0
  ba4b4:	b 0xba070
  ba4b8:	mov z6.d, #0x80000000
  ba4bc:	b 0xb9e34
  ba4c0:	mov z3.d, #0x80000000
  ba4c4:	mov z6.d, z3.d
  ba4c8:	b 0xb9e34
  ba4cc:	mov z7.d, #0x80000000
  ba4d0:	mov z3.d, z7.d
  ba4d4:	mov z6.d, z7.d
  ba4d8:	b 0xb9e34
  ba4dc:	mov z1.d, #0x80000000
  ba4e0:	mov z7.d, z1.d
  ba4e4:	mov z3.d, z1.d
  ba4e8:	mov z6.d, z1.d
  ba4ec:	b 0xb9e34
  ba4f0:	mov z16.d, #0x80000000
  ba4f4:	mov z1.d, z16.d
  ba4f8:	mov z7.d, z16.d
  ba4fc:	mov z3.d, z16.d
  ba500:	mov z6.d, z16.d
  ba504:	b 0xb9e34
  ba508:	mov z4.d, #0x80000000
  ba50c:	mov z16.d, z4.d
  ba510:	mov z1.d, z4.d
  ba514:	mov z7.d, z4.d
  ba518:	mov z3.d, z4.d
  ba51c:	mov z6.d, z4.d
  ba520:	b 0xb9e34
  ba524:	mov z6.d, #0x80000000
  ba528:	b 0xba278
  ba52c:	mov z3.d, #0x80000000
  ba530:	mov z6.d, z3.d
  ba534:	b 0xba278
  ba538:	mov z7.d, #0x80000000
  ba53c:	mov z3.d, z7.d
  ba540:	mov z6.d, z7.d
  ba544:	b 0xba278
  ba548:	mov z1.d, #0x80000000
  ba54c:	mov z7.d, z1.d
  ba550:	mov z3.d, z1.d
  ba554:	mov z6.d, z1.d
  ba558:	b 0xba278
  ba55c:	mov z16.d, #0x80000000
  ba560:	mov z1.d, z16.d
  ba564:	mov z7.d, z16.d
  ba568:	mov z3.d, z16.d
  ba56c:	mov z6.d, z16.d
  ba570:	b 0xba278
  ba574:	mov z4.d, #0x80000000
  ba578:	mov z16.d, z4.d
  ba57c:	mov z1.d, z4.d
  ba580:	mov z7.d, z4.d
  ba584:	mov z3.d, z4.d
  ba588:	mov z6.d, z4.d
  ba58c:	b 0xba278
  ba590:	b.lt 0xba6dc
  ba594:	ldp x15, x20, [sp, #288]
  ba598:	ptrue p0.b
  ba59c:	mov x3, x25
  ba5a0:	ldp x18, x17, [sp, #304]
  ba5a4:	mov x0, #0x0
  ba5a8:	ldp x16, x14, [sp, #320]
  ba5ac:	ldp x13, x12, [sp, #336]
  ba5b0:	add x4, x15, x0
  ba5b4:	ld1w {z0.d}, p0/z, [x4]
  ba5b8:	add x4, x18, x0
  ba5bc:	add x5, x20, x0
  ba5c0:	ld1w {z2.d}, p0/z, [x4]
  ba5c4:	ld1w {z1.d}, p0/z, [x5]
  ba5c8:	add x4, x16, x0
  ba5cc:	add x5, x17, x0
  ba5d0:	fadd z0.s, z0.s, z1.s
  ba5d4:	ld1w {z3.d}, p0/z, [x5]
  ba5d8:	ld1w {z1.d}, p0/z, [x4]
  ba5dc:	fadd z2.s, z2.s, z3.s
  ba5e0:	add x4, x14, x0
  ba5e4:	fadd z0.s, z0.s, z2.s
  ba5e8:	ld1w {z2.d}, p0/z, [x4]
  ba5ec:	add x4, x13, x0
  ba5f0:	fadd z1.s, z1.s, z2.s
  ba5f4:	mov x5, x3
  ba5f8:	ld1w {z2.d}, p0/z, [x4]
  ba5fc:	add x4, x12, x0
  ba600:	ld1w {z3.d}, p0/z, [x4]
  ba604:	fadd z2.s, z2.s, z3.s
  ba608:	fadd z1.s, z1.s, z2.s
  ba60c:	fadd z0.s, z0.s, z1.s
  ba610:	fcvt z0.d, p0/m, z0.s
  ba614:	st1d {z0.d}, p0, [x7, x3, lsl #3]
  ba618:	add x3, x3, x25
  ba61c:	add x0, x0, x22
  ba620:	cmp x23, x3
  ba624:	b.ge 0xba5b0
  ba628:	cmp x23, x5
  ba62c:	b.le 0xba6c0
  ba630:	add x15, x8, x5, lsl #3
  ba634:	addvl x14, x21, #-1
  ba638:	addpl x4, x19, #-4
  ba63c:	cntd x13
  ba640:	mov w3, #0x8
  ba644:	whilelo p1.d, wzr, w3
  ba648:	lsl x12, x5, #2
  ba64c:	cntd x0
  ba650:	mov p0.b, p1.b
  ba654:	ld1d {z0.d}, p0/z, [x14, x0, lsl #3]
  ba658:	ld1w {z0.d}, p0/z, [x12, z0.d]
  ba65c:	st1w {z0.d}, p0, [x4, x0, lsl #2]
  ba660:	whilelo p0.d, w0, w3
  ba664:	add x0, x0, x13
  ba668:	b.ne 0xba654
  ba66c:	ldp q0, q1, [x19]
  ba670:	add x12, sp, #0x108
  ba674:	add x5, x5, #0x1
  ba678:	stp q0, q1, [x24]
  ba67c:	ldr s1, [sp, #272]
  ba680:	ldp s0, s2, [x12, #-8]
  ba684:	ldp s3, s4, [x12]
  ba688:	ldr s5, [sp, #276]
  ba68c:	fadd s0, s0, s2
  ba690:	ldr s2, [sp, #280]
  ba694:	fadd s3, s3, s4
  ba698:	ldr s4, [sp, #284]
  ba69c:	fadd s1, s1, s5
  ba6a0:	fadd s2, s2, s4
  ba6a4:	fadd s0, s0, s3
  ba6a8:	fadd s1, s1, s2
  ba6ac:	fadd s0, s0, s1
  ba6b0:	fcvt d0, s0
  ba6b4:	str d0, [x15], #8
  ba6b8:	cmp x23, x5
  ba6bc:	b.gt 0xba648
  ba6c0:	ldr x13, [x6, #8]
  ba6c4:	mov w12, #0x1
  ba6c8:	b 0xba070
  ba6cc:	cmp x23, #0x0
  ba6d0:	b.le 0xba700
  ba6d4:	mov x15, #0x0
  ba6d8:	b 0xba3ac
  ba6dc:	mov x5, #0x0
  ba6e0:	cmp x23, #0x0
  ba6e4:	b.gt 0xba630
  ba6e8:	ldr x13, [x6, #8]
  ba6ec:	b 0xba6c4
  ba6f0:	mov x5, #0x0
  ba6f4:	cmp x23, #0x0
  ba6f8:	b.gt 0xb9fc4
  ba6fc:	ldr x13, [x6, #8]
  ba700:	cmp w12, #0x3f
  ba704:	b.eq 0xba4ac
  ba708:	add w12, w12, #0x1
  ba70c:	b 0xba070
  ba710:	mov w11, #0x0
  ba714:	mov w12, #0x0
  ba718:	b 0xba090
  ba71c:	nop

