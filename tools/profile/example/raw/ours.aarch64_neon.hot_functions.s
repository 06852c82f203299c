49b00 <void raptors::neon::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*)>:
  49b00:	sub sp, sp, #0x250
  49b04:	sub sp, sp, #0x10, lsl #12
  49b08:	stp x29, x30, [sp]
  49b0c:	mov x29, sp
  49b10:	ldr x13, [x0, #8]
  49b14:	stp x19, x20, [sp, #16]
  49b18:	mov x19, x0
  49b1c:	stp x21, x22, [sp, #32]
  49b20:	mov x22, x3
  49b24:	stp x25, x26, [sp, #64]
  49b28:	mov x25, x2
  49b2c:	cbz x13, 0x4a6b4
  49b30:	ldr x18, [x19, #32]
  49b34:	add x0, sp, #0x25f
  49b38:	stp x23, x24, [sp, #48]
  49b3c:	and x2, x0, #0xffffffffffffffc0
  49b40:	mov x0, x13
  49b44:	stp x27, x28, [sp, #80]
  49b48:	mov x27, x1
  49b4c:	cmp x18, #0x1
  49b50:	b.eq 0x4a7ec
  49b54:	ldr x15, [x19, #24]
  49b58:	cmp x18, #0x0
  49b5c:	cneg x3, x18, lt
  49b60:	cmp x15, #0x0
  49b64:	cneg x1, x15, lt
  49b68:	cmp x3, x1
  49b6c:	b.le 0x49ef4
  49b70:	cmp x15, #0x1
  49b74:	b.eq 0x4a99c
  49b78:	cmp x25, #0x7
  49b7c:	b.le 0x4ae24
  49b80:	sub x7, x25, #0x8
  49b84:	add x9, x27, #0x8
  49b88:	and x0, x7, #0xfffffffffffffff8
  49b8c:	add x21, sp, #0x160
  49b90:	add x3, x0, x9
  49b94:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  49b98:	add x20, sp, #0x120
  49b9c:	add x25, sp, #0x1a0
  49ba0:	ldr q16, [x0, #2848]
  49ba4:	mov x1, x27
  49ba8:	mov x26, x21
  49bac:	mov x14, x21
  49bb0:	mov x27, x20
  49bb4:	mov x24, x22
  49bb8:	mov x28, x25
  49bbc:	mov x2, x3
  49bc0:	str x21, [sp, #120]
  49bc4:	mov x21, x9
  49bc8:	str x22, [sp, #176]
  49bcc:	str x7, [sp, #192]
  49bd0:	ldr x3, [x19]
  49bd4:	mul x0, x1, x18
  49bd8:	cmp x13, #0x0
  49bdc:	add x22, x13, #0x7
  49be0:	csel x22, x22, x13, lt
  49be4:	stp q16, q16, [x26]
  49be8:	add x0, x3, x0, lsl #2
  49bec:	stp q16, q16, [x27]
  49bf0:	asr x22, x22, #3
  49bf4:	stp q16, q16, [x26, #32]
  49bf8:	stp q16, q16, [x27, #32]
  49bfc:	cmp x13, #0x7
  49c00:	b.le 0x49d6c
  49c04:	lsl x8, x15, #2
  49c08:	lsl x7, x15, #3
  49c0c:	add x4, x15, x15, lsl #1
  49c10:	add x6, x8, x15
  49c14:	sub x5, x7, x15
  49c18:	lsl x30, x18, #2
  49c1c:	lsl x11, x4, #2
  49c20:	lsl x6, x6, #2
  49c24:	lsl x5, x5, #2
  49c28:	lsl x4, x4, #3
  49c2c:	lsl x10, x15, #4
  49c30:	lsl x23, x15, #5
  49c34:	lsl x9, x18, #3
  49c38:	mov x12, x0
  49c3c:	mov x17, #0x0
  49c40:	mov w16, #0x0
  49c44:	str x13, [sp, #128]
  49c48:	str x1, [sp, #144]
  49c4c:	str x24, [sp, #160]
  49c50:	mov x3, x12
  49c54:	add x1, x30, x12
  49c58:	mov x24, x20
  49c5c:	mov x13, x20
  49c60:	ldr s7, [x3, x8]
  49c64:	ldr s23, [x1, x8]
  49c68:	ldr s3, [x3, x7]
  49c6c:	ldr s22, [x1, x7]
  49c70:	fcvt d7, s7
  49c74:	ldr s6, [x3, x11]
  49c78:	fcvt d23, s23
  49c7c:	ldr s21, [x1, x11]
  49c80:	fcvt d3, s3
  49c84:	ldr s1, [x3, x10]
  49c88:	fcvt d22, s22
  49c8c:	ldr s20, [x1, x10]
  49c90:	fcvt d6, s6
  49c94:	ldr s5, [x3, x6]
  49c98:	fcvt d21, s21
  49c9c:	ldr s19, [x1, x6]
  49ca0:	fcvt d1, s1
  49ca4:	ldr s2, [x3, x4]
  49ca8:	fcvt d20, s20
  49cac:	ldr s18, [x1, x4]
  49cb0:	fcvt d5, s5
  49cb4:	ldr s4, [x3, x5]
  49cb8:	fcvt d19, s19
  49cbc:	ldr s17, [x1, x5]
  49cc0:	fcvt d2, s2
  49cc4:	ldr s24, [x1]
  49cc8:	fcvt d18, s18
  49ccc:	ldr s0, [x3]
  49cd0:	fcvt d4, s4
  49cd4:	fcvt d17, s17
  49cd8:	add x1, x1, x9
  49cdc:	fcvt d24, s24
  49ce0:	add x3, x3, x9
  49ce4:	fcvt d0, s0
  49ce8:	mov v7.d[1], v23.d[0]
  49cec:	mov v4.d[1], v17.d[0]
  49cf0:	mov v3.d[1], v22.d[0]
  49cf4:	mov v6.d[1], v21.d[0]
  49cf8:	mov v1.d[1], v20.d[0]
  49cfc:	mov v5.d[1], v19.d[0]
  49d00:	mov v2.d[1], v18.d[0]
  49d04:	mov v0.d[1], v24.d[0]
  49d08:	fadd v3.2d, v3.2d, v6.2d
  49d0c:	fadd v1.2d, v1.2d, v5.2d
  49d10:	fadd v2.2d, v2.2d, v4.2d
  49d14:	fadd v0.2d, v0.2d, v7.2d
  49d18:	ldr q4, [x13]
  49d1c:	fadd v1.2d, v1.2d, v2.2d
  49d20:	fadd v0.2d, v0.2d, v3.2d
  49d24:	fadd v0.2d, v0.2d, v1.2d
  49d28:	fadd v0.2d, v4.2d, v0.2d
  49d2c:	str q0, [x13], #16
  49d30:	cmp x13, x14
  49d34:	b.ne 0x49c60
  49d38:	add w16, w16, #0x1
  49d3c:	cmp w16, #0x40
  49d40:	b.eq 0x4adb4
  49d44:	add x17, x17, #0x1
  49d48:	add x12, x12, x23
  49d4c:	cmp x22, x17
  49d50:	b.gt 0x49c50
  49d54:	ldr x13, [sp, #128]
  49d58:	ldr x1, [sp, #144]
  49d5c:	cmp x13, #0x7
  49d60:	csinc x3, x22, xzr, gt
  49d64:	ldr x24, [sp, #160]
  49d68:	madd x0, x3, x23, x0
  49d6c:	sub w13, w13, w22, lsl #3
  49d70:	cmp w13, #0x0
  49d74:	b.le 0x49e10
  49d78:	lsl x6, x18, #2
  49d7c:	mov x7, x0
  49d80:	lsl x15, x15, #2
  49d84:	lsl x18, x18, #3
  49d88:	mov x5, x20
  49d8c:	mov x4, x28
  49d90:	mov x3, x7
  49d94:	mov w0, #0x0
  49d98:	mov v0.16b, v16.16b
  49d9c:	cmp w13, w0
  49da0:	b.le 0x49db8
  49da4:	ldr s1, [x3, x6]
  49da8:	ldr s0, [x3]
  49dac:	fcvt d1, s1
  49db0:	fcvt d0, s0
  49db4:	mov v0.d[1], v1.d[0]
  49db8:	add w0, w0, #0x1
  49dbc:	str q0, [x4], #16
  49dc0:	add x3, x3, x15
  49dc4:	cmp w0, #0x8
  49dc8:	b.ne 0x49d98
  49dcc:	ldp q0, q7, [sp, #416]
  49dd0:	add x7, x7, x18
  49dd4:	ldp q4, q6, [sp, #448]
  49dd8:	ldp q1, q5, [sp, #480]
  49ddc:	ldp q3, q2, [sp, #512]
  49de0:	fadd v0.2d, v0.2d, v7.2d
  49de4:	fadd v4.2d, v4.2d, v6.2d
  49de8:	fadd v3.2d, v3.2d, v2.2d
  49dec:	fadd v1.2d, v1.2d, v5.2d
  49df0:	ldr q2, [x5]
  49df4:	fadd v0.2d, v0.2d, v4.2d
  49df8:	fadd v1.2d, v1.2d, v3.2d
  49dfc:	fadd v0.2d, v0.2d, v1.2d
  49e00:	fadd v0.2d, v2.2d, v0.2d
  49e04:	str q0, [x5], #16
  49e08:	cmp x5, x14
  49e0c:	b.ne 0x49d8c
  49e10:	ldr x4, [sp, #120]
  49e14:	mov x3, x20
  49e18:	mov x0, #0x0
  49e1c:	ldr q0, [x4], #16
  49e20:	ldr q1, [x3], #16
  49e24:	fadd v0.2d, v0.2d, v1.2d
  49e28:	str q0, [x24, x0]
  49e2c:	add x0, x0, #0x10
  49e30:	cmp x0, #0x40
  49e34:	b.ne 0x49e1c
  49e38:	add x1, x1, #0x8
  49e3c:	add x24, x24, #0x40
  49e40:	cmp x1, x2
  49e44:	b.eq 0x4ae04
  49e48:	ldr x13, [x19, #8]
  49e4c:	ldp x15, x18, [x19, #24]
  49e50:	b 0x49bd0
  49e54:	ldp x8, x7, [sp, #416]
  49e58:	mov x2, x19
  49e5c:	ldp x6, x5, [sp, #432]
  49e60:	mov x19, x22
  49e64:	ldp x4, x3, [sp, #448]
  49e68:	ldp x1, x0, [sp, #464]
  49e6c:	ldr d2, [x5]
  49e70:	ldr d8, [x6]
  49e74:	ldr d4, [x3]
  49e78:	ldr d7, [x4]
  49e7c:	ldr d1, [x0]
  49e80:	ldr d6, [x1]
  49e84:	ldr d5, [x7]
  49e88:	fcvtl v8.2d, v8.2s
  49e8c:	ldr d16, [x8]
  49e90:	fcvtl v1.2d, v1.2s
  49e94:	fcvtl v6.2d, v6.2s
  49e98:	fcvtl v4.2d, v4.2s
  49e9c:	fcvtl v7.2d, v7.2s
  49ea0:	fcvtl v2.2d, v2.2s
  49ea4:	fcvtl v5.2d, v5.2s
  49ea8:	fcvtl v16.2d, v16.2s
  49eac:	fadd v1.2d, v1.2d, v6.2d
  49eb0:	fadd v2.2d, v2.2d, v8.2d
  49eb4:	ldr d8, [sp, #96]
  49eb8:	fadd v4.2d, v4.2d, v7.2d
  49ebc:	fadd v5.2d, v5.2d, v16.2d
  49ec0:	ldr x22, [sp, #120]
  49ec4:	fadd v1.2d, v1.2d, v4.2d
  49ec8:	fadd v2.2d, v2.2d, v5.2d
  49ecc:	fadd v1.2d, v1.2d, v2.2d
  49ed0:	fadd v0.2d, v0.2d, v1.2d
  49ed4:	fadd v0.2d, v0.2d, v3.2d
  49ed8:	str q0, [x22]
  49edc:	sbfiz x24, x24, #1, #31
  49ee0:	add x27, x27, x24
  49ee4:	subs x25, x25, x24
  49ee8:	add x22, x22, x24, lsl #3
  49eec:	b.eq 0x4a17c
  49ef0:	ldr x0, [x19, #8]
  49ef4:	cmp x0, #0x0
  49ef8:	b.le 0x4b4ac
  49efc:	sub x26, x25, #0x2
  49f00:	add x10, x2, #0x8, lsl #12
  49f04:	mov w8, #0x0
  49f08:	add x21, sp, #0x160
  49f0c:	lsr x26, x26, #1
  49f10:	add x1, x10, #0x10
  49f14:	add x3, x26, #0x1
  49f18:	mov x17, x10
  49f1c:	mov w18, #0x0
  49f20:	mov x10, x27
  49f24:	lsl x9, x3, #3
  49f28:	mov w27, w8
  49f2c:	mov x24, x21
  49f30:	mov x8, x25
  49f34:	add x28, sp, #0x1a0
  49f38:	mov x25, x9
  49f3c:	stp x3, x22, [sp, #208]
  49f40:	mov w22, w18
  49f44:	add x26, x1, x26, lsl #4
  49f48:	lsl x4, x3, #1
  49f4c:	mov x1, #0x8000000000000000
  49f50:	mov x23, #0x0
  49f54:	str d8, [sp, #96]
  49f58:	fmov d8, x1
  49f5c:	str x4, [sp, #120]
  49f60:	ldr x6, [x19, #32]
  49f64:	sub x1, x0, x23
  49f68:	cmp x1, #0x8
  49f6c:	mov x3, #0x8
  49f70:	csel x20, x1, x3, le
  49f74:	cmp x6, #0x1
  49f78:	b.eq 0x4a25c
  49f7c:	ldr x11, [x19]
  49f80:	mul x9, x6, x10
  49f84:	ldr x7, [x19, #24]
  49f88:	mov x5, x23
  49f8c:	mov w4, #0x0
  49f90:	cmp w20, w4
  49f94:	add w4, w4, #0x1
  49f98:	csel x3, x23, x5, le
  49f9c:	madd x3, x7, x3, x9
  49fa0:	add x3, x11, x3, lsl #2
  49fa4:	str x3, [x24, x5, lsl #3]
  49fa8:	add x5, x5, #0x1
  49fac:	cmp w4, #0x8
  49fb0:	b.ne 0x49f90
  49fb4:	cmp x8, #0x1
  49fb8:	cbnz w27, 0x4a3a0
  49fbc:	b.le 0x4b0c0
  49fc0:	ldp x9, x27, [sp, #352]
  49fc4:	lsl x4, x6, #2
  49fc8:	ldp x16, x15, [sp, #368]
  49fcc:	lsl x7, x6, #3
  49fd0:	ldp x14, x13, [sp, #384]
  49fd4:	mov x5, x17
  49fd8:	ldp x12, x11, [sp, #400]
  49fdc:	mov x3, #0x0
  49fe0:	ldr s0, [x9, x3]
  49fe4:	ldr s1, [x9, x4]
  49fe8:	fcvt d0, s0
  49fec:	fcvt d1, s1
  49ff0:	mov v0.d[1], v1.d[0]
  49ff4:	cmp x1, #0x1
  49ff8:	b.eq 0x4a0d4
  49ffc:	ldr s1, [x27, x3]
  4a000:	ldr s2, [x27, x4]
  4a004:	fcvt d1, s1
  4a008:	fcvt d2, s2
  4a00c:	mov v1.d[1], v2.d[0]
  4a010:	fadd v0.2d, v0.2d, v1.2d
  4a014:	cmp x1, #0x2
  4a018:	b.eq 0x4a0d4
  4a01c:	ldr s1, [x16, x3]
  4a020:	ldr s2, [x16, x4]
  4a024:	fcvt d1, s1
  4a028:	fcvt d2, s2
  4a02c:	mov v1.d[1], v2.d[0]
  4a030:	cmp x1, #0x3
  4a034:	b.eq 0x4a0d0
  4a038:	ldr s2, [x15, x3]
  4a03c:	ldr s3, [x15, x4]
  4a040:	fcvt d2, s2
  4a044:	fcvt d3, s3
  4a048:	mov v2.d[1], v3.d[0]
  4a04c:	fadd v1.2d, v1.2d, v2.2d
  4a050:	fadd v0.2d, v0.2d, v1.2d
  4a054:	cmp x1, #0x4
  4a058:	b.eq 0x4a0d4
  4a05c:	ldr s2, [x14, x3]
  4a060:	ldr s1, [x14, x4]
  4a064:	fcvt d2, s2
  4a068:	fcvt d1, s1
  4a06c:	mov v2.d[1], v1.d[0]
  4a070:	cmp x1, #0x5
  4a074:	b.eq 0x4a254
  4a078:	ldr s1, [x13, x3]
  4a07c:	ldr s3, [x13, x4]
  4a080:	fcvt d1, s1
  4a084:	fcvt d3, s3
  4a088:	mov v1.d[1], v3.d[0]
  4a08c:	fadd v2.2d, v2.2d, v1.2d
  4a090:	cmp x1, #0x6
  4a094:	b.eq 0x4a254
  4a098:	ldr s1, [x12, x3]
  4a09c:	ldr s3, [x12, x4]
  4a0a0:	fcvt d1, s1
  4a0a4:	fcvt d3, s3
  4a0a8:	mov v1.d[1], v3.d[0]
  4a0ac:	cmp x1, #0x7
  4a0b0:	b.le 0x4a250
  4a0b4:	ldr s3, [x11, x3]
  4a0b8:	ldr s4, [x11, x4]
  4a0bc:	fcvt d3, s3
  4a0c0:	fcvt d4, s4
  4a0c4:	mov v3.d[1], v4.d[0]
  4a0c8:	fadd v1.2d, v1.2d, v3.2d
  4a0cc:	fadd v1.2d, v1.2d, v2.2d
  4a0d0:	fadd v0.2d, v0.2d, v1.2d
  4a0d4:	add x3, x3, x7
  4a0d8:	add x4, x4, x7
  4a0dc:	str q0, [x5], #16
  4a0e0:	cmp x26, x5
  4a0e4:	b.ne 0x49fe0
  4a0e8:	ldr x7, [sp, #120]
  4a0ec:	cmp x8, x7
  4a0f0:	b.gt 0x4a1a0
  4a0f4:	mov w27, #0x1
  4a0f8:	add x23, x23, #0x8
  4a0fc:	sub x24, x24, #0x40
  4a100:	cmp x0, x23
  4a104:	b.gt 0x49f60
  4a108:	mov w18, w22
  4a10c:	ldr d8, [sp, #96]
  4a110:	ldr x22, [sp, #216]
  4a114:	mov x25, x8
  4a118:	mov w8, w27
  4a11c:	cmp x25, #0x0
  4a120:	b.le 0x4a17c
  4a124:	sub x22, x22, #0x8
  4a128:	add x3, x2, #0x8, lsl #12
  4a12c:	mov x0, #0x1
  4a130:	b 0x4a158
  4a134:	ldur d0, [x5, #-8]
  4a138:	cbz w8, 0x4a144
  4a13c:	ldur d1, [x4, #-8]
  4a140:	fadd d0, d0, d1
  4a144:	str d0, [x22, x0, lsl #3]
  4a148:	add x1, x0, #0x1
  4a14c:	cmp x0, x25
  4a150:	b.eq 0x4a17c
  4a154:	mov x0, x1
  4a158:	lsl x1, x0, #3
  4a15c:	add x4, x3, x0, lsl #3
  4a160:	add x5, x2, x1
  4a164:	cbnz w18, 0x4a134
  4a168:	ldur d0, [x4, #-8]
  4a16c:	add x1, x0, #0x1
  4a170:	str d0, [x22, x0, lsl #3]
  4a174:	cmp x0, x25
  4a178:	b.ne 0x4a154
  4a17c:	ldp x23, x24, [sp, #48]
  4a180:	ldp x27, x28, [sp, #80]
  4a184:	ldp x29, x30, [sp]
  4a188:	ldp x19, x20, [sp, #16]
  4a18c:	ldp x21, x22, [sp, #32]
  4a190:	ldp x25, x26, [sp, #64]
  4a194:	add sp, sp, #0x250
  4a198:	add sp, sp, #0x10, lsl #12
  4a19c:	ret
  4a1a0:	lsl x6, x6, #2
  4a1a4:	add x9, x7, #0x1
  4a1a8:	mul x7, x7, x6
  4a1ac:	mov x1, #0x1
  4a1b0:	b 0x4a1d4
  4a1b4:	ldur x4, [x5, #-8]
  4a1b8:	add x3, x28, x3
  4a1bc:	add x1, x1, #0x1
  4a1c0:	ldr s0, [x4, x7]
  4a1c4:	fcvt d0, s0
  4a1c8:	stur d0, [x3, #-8]
  4a1cc:	cmp x1, #0x9
  4a1d0:	b.eq 0x4a204
  4a1d4:	lsl x3, x1, #3
  4a1d8:	sub w4, w1, #0x1
  4a1dc:	fmov d0, d8
  4a1e0:	add x5, x21, x3
  4a1e4:	cmp w4, w20
  4a1e8:	b.lt 0x4a1b4
  4a1ec:	lsl x3, x1, #3
  4a1f0:	add x1, x1, #0x1
  4a1f4:	add x3, x28, x3
  4a1f8:	stur d0, [x3, #-8]
  4a1fc:	cmp x1, #0x9
  4a200:	b.ne 0x4a1d4
  4a204:	ldp d0, d2, [sp, #416]
  4a208:	add x1, x17, x9, lsl #3
  4a20c:	ldp d3, d4, [sp, #432]
  4a210:	add x7, x7, x6
  4a214:	ldp d1, d5, [sp, #448]
  4a218:	fadd d0, d0, d2
  4a21c:	fadd d3, d3, d4
  4a220:	add x3, x9, #0x1
  4a224:	ldp d2, d4, [sp, #464]
  4a228:	fadd d1, d1, d5
  4a22c:	fadd d0, d0, d3
  4a230:	fadd d2, d2, d4
  4a234:	fadd d1, d1, d2
  4a238:	fadd d0, d0, d1
  4a23c:	stur d0, [x1, #-8]
  4a240:	cmp x8, x9
  4a244:	b.eq 0x4a0f4
  4a248:	mov x9, x3
  4a24c:	b 0x4a1ac
  4a250:	fadd v2.2d, v2.2d, v1.2d
  4a254:	fadd v0.2d, v0.2d, v2.2d
  4a258:	b 0x4a0d4
  4a25c:	mov w1, #0x0
  4a260:	str w22, [sp, #128]
  4a264:	mov x22, x23
  4a268:	str x23, [sp, #144]
  4a26c:	mov x23, x19
  4a270:	mov w19, w20
  4a274:	mov w20, w1
  4a278:	str x2, [sp, #160]
  4a27c:	str x8, [sp, #176]
  4a280:	stp x21, x17, [sp, #192]
  4a284:	mov x21, x24
  4a288:	mov x24, x10
  4a28c:	b 0x4a2b8
  4a290:	ldp x0, x2, [x23, #24]
  4a294:	add w20, w20, #0x1
  4a298:	ldr x5, [x23]
  4a29c:	mul x2, x24, x2
  4a2a0:	madd x0, x22, x0, x2
  4a2a4:	add x0, x5, x0, lsl #2
  4a2a8:	str x0, [x21, x22, lsl #3]
  4a2ac:	add x22, x22, #0x1
  4a2b0:	cmp w20, #0x8
  4a2b4:	b.eq 0x4a2d8
  4a2b8:	cmp w19, w20
  4a2bc:	b.gt 0x4a290
  4a2c0:	bl 0x165d0
  4a2c4:	add w20, w20, #0x1
  4a2c8:	str x0, [x21, x22, lsl #3]
  4a2cc:	add x22, x22, #0x1
  4a2d0:	cmp w20, #0x8
  4a2d4:	b.ne 0x4a2b8
  4a2d8:	ldr x8, [sp, #176]
  4a2dc:	mov x19, x23
  4a2e0:	ldr x23, [sp, #144]
  4a2e4:	mov x10, x24
  4a2e8:	ldr x2, [sp, #160]
  4a2ec:	mov x24, x21
  4a2f0:	ldp x21, x17, [sp, #192]
  4a2f4:	cmp x8, #0x1
  4a2f8:	ldp x12, x11, [sp, #352]
  4a2fc:	ldp x7, x9, [sp, #368]
  4a300:	ldp x6, x5, [sp, #384]
  4a304:	ldp x3, x4, [sp, #400]
  4a308:	ldr w22, [sp, #128]
  4a30c:	cbnz w27, 0x4a600
  4a310:	b.le 0x4b434
  4a314:	mov x1, x17
  4a318:	mov x0, #0x0
  4a31c:	nop
  4a320:	ldr d0, [x12, x0]
  4a324:	ldr d7, [x11, x0]
  4a328:	ldr d3, [x7, x0]
  4a32c:	ldr d6, [x9, x0]
  4a330:	ldr d1, [x6, x0]
  4a334:	ldr d5, [x5, x0]
  4a338:	ldr d2, [x3, x0]
  4a33c:	fcvtl v0.2d, v0.2s
  4a340:	ldr d4, [x4, x0]
  4a344:	fcvtl v7.2d, v7.2s
  4a348:	add x0, x0, #0x8
  4a34c:	fcvtl v3.2d, v3.2s
  4a350:	fcvtl v6.2d, v6.2s
  4a354:	fcvtl v1.2d, v1.2s
  4a358:	fcvtl v5.2d, v5.2s
  4a35c:	fcvtl v2.2d, v2.2s
  4a360:	fcvtl v4.2d, v4.2s
  4a364:	fadd v0.2d, v0.2d, v7.2d
  4a368:	fadd v3.2d, v3.2d, v6.2d
  4a36c:	fadd v1.2d, v1.2d, v5.2d
  4a370:	fadd v2.2d, v2.2d, v4.2d
  4a374:	fadd v0.2d, v0.2d, v3.2d
  4a378:	fadd v1.2d, v1.2d, v2.2d
  4a37c:	fadd v0.2d, v0.2d, v1.2d
  4a380:	str q0, [x1], #16
  4a384:	cmp x0, x25
  4a388:	b.ne 0x4a320
  4a38c:	ldr x0, [sp, #120]
  4a390:	cmp x8, x0
  4a394:	b.gt 0x4a6e4
  4a398:	ldr x0, [x19, #8]
  4a39c:	b 0x4a0f4
  4a3a0:	b.le 0x4b0b0
  4a3a4:	ldp x7, x16, [sp, #352]
  4a3a8:	lsl x30, x6, #2
  4a3ac:	ldp x15, x14, [sp, #368]
  4a3b0:	lsl x6, x6, #3
  4a3b4:	ldp x13, x12, [sp, #384]
  4a3b8:	mov x4, x30
  4a3bc:	ldp x11, x9, [sp, #400]
  4a3c0:	mov x5, x17
  4a3c4:	mov x3, #0x0
  4a3c8:	ldr s0, [x7, x3]
  4a3cc:	ldr s1, [x7, x4]
  4a3d0:	fcvt d0, s0
  4a3d4:	fcvt d1, s1
  4a3d8:	mov v0.d[1], v1.d[0]
  4a3dc:	cmp x1, #0x1
  4a3e0:	b.eq 0x4a4bc
  4a3e4:	ldr s1, [x16, x3]
  4a3e8:	ldr s2, [x16, x4]
  4a3ec:	fcvt d1, s1
  4a3f0:	fcvt d2, s2
  4a3f4:	mov v1.d[1], v2.d[0]
  4a3f8:	fadd v0.2d, v0.2d, v1.2d
  4a3fc:	cmp x1, #0x2
  4a400:	b.eq 0x4a4bc
  4a404:	ldr s1, [x15, x3]
  4a408:	ldr s2, [x15, x4]
  4a40c:	fcvt d1, s1
  4a410:	fcvt d2, s2
  4a414:	mov v1.d[1], v2.d[0]
  4a418:	cmp x1, #0x3
  4a41c:	b.eq 0x4a4b8
  4a420:	ldr s2, [x14, x3]
  4a424:	ldr s3, [x14, x4]
  4a428:	fcvt d2, s2
  4a42c:	fcvt d3, s3
  4a430:	mov v2.d[1], v3.d[0]
  4a434:	fadd v1.2d, v1.2d, v2.2d
  4a438:	fadd v0.2d, v0.2d, v1.2d
  4a43c:	cmp x1, #0x4
  4a440:	b.eq 0x4a4bc
  4a444:	ldr s2, [x13, x3]
  4a448:	ldr s1, [x13, x4]
  4a44c:	fcvt d2, s2
  4a450:	fcvt d1, s1
  4a454:	mov v2.d[1], v1.d[0]
  4a458:	cmp x1, #0x5
  4a45c:	b.eq 0x4a5f8
  4a460:	ldr s1, [x12, x3]
  4a464:	ldr s3, [x12, x4]
  4a468:	fcvt d1, s1
  4a46c:	fcvt d3, s3
  4a470:	mov v1.d[1], v3.d[0]
  4a474:	fadd v2.2d, v2.2d, v1.2d
  4a478:	cmp x1, #0x6
  4a47c:	b.eq 0x4a5f8
  4a480:	ldr s1, [x11, x3]
  4a484:	ldr s3, [x11, x4]
  4a488:	fcvt d1, s1
  4a48c:	fcvt d3, s3
  4a490:	mov v1.d[1], v3.d[0]
  4a494:	cmp x1, #0x7
  4a498:	b.le 0x4a5f4
  4a49c:	ldr s3, [x9, x3]
  4a4a0:	ldr s4, [x9, x4]
  4a4a4:	fcvt d3, s3
  4a4a8:	fcvt d4, s4
  4a4ac:	mov v3.d[1], v4.d[0]
  4a4b0:	fadd v1.2d, v1.2d, v3.2d
  4a4b4:	fadd v1.2d, v1.2d, v2.2d
  4a4b8:	fadd v0.2d, v0.2d, v1.2d
  4a4bc:	ldr q1, [x5]
  4a4c0:	add x3, x3, x6
  4a4c4:	add x4, x4, x6
  4a4c8:	fadd v0.2d, v1.2d, v0.2d
  4a4cc:	str q0, [x5], #16
  4a4d0:	cmp x26, x5
  4a4d4:	b.ne 0x4a3c8
  4a4d8:	ldr x1, [sp, #120]
  4a4dc:	cmp x8, x1
  4a4e0:	b.le 0x4a6a4
  4a4e4:	mov x7, x1
  4a4e8:	mul x6, x30, x7
  4a4ec:	add x9, x17, x7, lsl #3
  4a4f0:	mov x1, #0x1
  4a4f4:	b 0x4a518
  4a4f8:	ldur x4, [x5, #-8]
  4a4fc:	add x3, x28, x3
  4a500:	add x1, x1, #0x1
  4a504:	ldr s0, [x4, x6]
  4a508:	fcvt d0, s0
  4a50c:	stur d0, [x3, #-8]
  4a510:	cmp x1, #0x9
  4a514:	b.eq 0x4a548
  4a518:	lsl x3, x1, #3
  4a51c:	sub w4, w1, #0x1
  4a520:	fmov d0, d8
  4a524:	add x5, x21, x3
  4a528:	cmp w20, w4
  4a52c:	b.gt 0x4a4f8
  4a530:	lsl x3, x1, #3
  4a534:	add x1, x1, #0x1
  4a538:	add x3, x28, x3
  4a53c:	stur d0, [x3, #-8]
  4a540:	cmp x1, #0x9
  4a544:	b.ne 0x4a518
  4a548:	ldp d0, d2, [sp, #416]
  4a54c:	add x7, x7, #0x1
  4a550:	ldp d4, d5, [sp, #432]
  4a554:	add x6, x6, x30
  4a558:	ldr d1, [sp, #448]
  4a55c:	fadd d0, d0, d2
  4a560:	ldr d2, [sp, #456]
  4a564:	ldr d3, [sp, #464]
  4a568:	fadd d4, d4, d5
  4a56c:	ldr d5, [sp, #472]
  4a570:	fadd d1, d1, d2
  4a574:	ldr d2, [x9]
  4a578:	fadd d3, d3, d5
  4a57c:	fadd d0, d0, d4
  4a580:	fadd d1, d1, d3
  4a584:	fadd d0, d0, d1
  4a588:	fadd d0, d2, d0
  4a58c:	str d0, [x9], #8
  4a590:	cmp x8, x7
  4a594:	b.gt 0x4a4f0
  4a598:	add w27, w27, #0x1
  4a59c:	cmp w27, #0x40
  4a5a0:	b.ne 0x4a0f8
  4a5a4:	cmp x8, #0x0
  4a5a8:	b.le 0x4a5e8
  4a5ac:	mov x3, #0x1
  4a5b0:	b 0x4a5b8
  4a5b4:	mov x3, x5
  4a5b8:	lsl x1, x3, #3
  4a5bc:	add x5, x3, #0x1
  4a5c0:	add x6, x2, x1
  4a5c4:	add x1, x17, x1
  4a5c8:	mov x4, x6
  4a5cc:	ldur d0, [x1, #-8]
  4a5d0:	cbz w22, 0x4a5dc
  4a5d4:	ldur d1, [x6, #-8]
  4a5d8:	fadd d0, d0, d1
  4a5dc:	stur d0, [x4, #-8]
  4a5e0:	cmp x8, x3
  4a5e4:	b.ne 0x4a5b4
  4a5e8:	mov w22, #0x1
  4a5ec:	mov w27, #0x0
  4a5f0:	b 0x4a0f8
  4a5f4:	fadd v2.2d, v2.2d, v1.2d
  4a5f8:	fadd v0.2d, v0.2d, v2.2d
  4a5fc:	b 0x4a4bc
  4a600:	b.le 0x4b428
  4a604:	mov x1, x17
  4a608:	mov x0, #0x0
  4a60c:	nop
  4a610:	ldr d0, [x12, x0]
  4a614:	ldr d7, [x11, x0]
  4a618:	ldr d3, [x7, x0]
  4a61c:	ldr d6, [x9, x0]
  4a620:	ldr d1, [x6, x0]
  4a624:	ldr d5, [x5, x0]
  4a628:	ldr d2, [x3, x0]
  4a62c:	fcvtl v0.2d, v0.2s
  4a630:	ldr d4, [x4, x0]
  4a634:	fcvtl v7.2d, v7.2s
  4a638:	add x0, x0, #0x8
  4a63c:	fcvtl v3.2d, v3.2s
  4a640:	fcvtl v4.2d, v4.2s
  4a644:	fcvtl v6.2d, v6.2s
  4a648:	fcvtl v1.2d, v1.2s
  4a64c:	fcvtl v5.2d, v5.2s
  4a650:	fcvtl v2.2d, v2.2s
  4a654:	fadd v0.2d, v0.2d, v7.2d
  4a658:	fadd v3.2d, v3.2d, v6.2d
  4a65c:	fadd v1.2d, v1.2d, v5.2d
  4a660:	fadd v2.2d, v2.2d, v4.2d
  4a664:	ldr q4, [x1]
  4a668:	fadd v0.2d, v0.2d, v3.2d
  4a66c:	fadd v1.2d, v1.2d, v2.2d
  4a670:	fadd v0.2d, v0.2d, v1.2d
  4a674:	fadd v0.2d, v4.2d, v0.2d
  4a678:	str q0, [x1], #16
  4a67c:	cmp x25, x0
  4a680:	b.ne 0x4a610
  4a684:	ldr x0, [sp, #120]
  4a688:	cmp x8, x0
  4a68c:	b.gt 0x4a754
  4a690:	add w27, w27, #0x1
  4a694:	ldr x0, [x19, #8]
  4a698:	cmp w27, #0x40
  4a69c:	b.eq 0x4a5ac
  4a6a0:	b 0x4a0f8
  4a6a4:	add w27, w27, #0x1
  4a6a8:	cmp w27, #0x40
  4a6ac:	b.eq 0x4a5ac
  4a6b0:	b 0x4a0f8
  4a6b4:	cmp x2, #0x0
  4a6b8:	b.le 0x4a184
  4a6bc:	ldp x29, x30, [sp]
  4a6c0:	lsl x2, x2, #3
  4a6c4:	ldp x19, x20, [sp, #16]
  4a6c8:	mov x0, x3
  4a6cc:	ldp x21, x22, [sp, #32]
  4a6d0:	mov w1, #0x0
  4a6d4:	ldp x25, x26, [sp, #64]
  4a6d8:	add sp, sp, #0x250
  4a6dc:	add sp, sp, #0x10, lsl #12
  4a6e0:	b 0x91a0
  4a6e4:	ldr s0, [x3, x0, lsl #2]
  4a6e8:	add x1, x2, x0, lsl #3
  4a6ec:	ldr s7, [x4, x0, lsl #2]
  4a6f0:	add x1, x1, #0x8, lsl #12
  4a6f4:	ldr s3, [x6, x0, lsl #2]
  4a6f8:	ldr s6, [x5, x0, lsl #2]
  4a6fc:	fcvt d0, s0
  4a700:	ldr s1, [x12, x0, lsl #2]
  4a704:	fcvt d7, s7
  4a708:	ldr s5, [x11, x0, lsl #2]
  4a70c:	fcvt d3, s3
  4a710:	ldr s2, [x9, x0, lsl #2]
  4a714:	fcvt d6, s6
  4a718:	ldr s4, [x7, x0, lsl #2]
  4a71c:	fcvt d1, s1
  4a720:	fcvt d5, s5
  4a724:	fadd d0, d0, d7
  4a728:	fcvt d2, s2
  4a72c:	fcvt d4, s4
  4a730:	fadd d3, d3, d6
  4a734:	ldr x0, [x19, #8]
  4a738:	fadd d1, d1, d5
  4a73c:	fadd d2, d2, d4
  4a740:	fadd d0, d0, d3
  4a744:	fadd d1, d1, d2
  4a748:	fadd d0, d0, d1
  4a74c:	str d0, [x1]
  4a750:	b 0x4a0f4
  4a754:	ldr x0, [sp, #208]
  4a758:	add x12, x12, x25
  4a75c:	add x11, x11, x25
  4a760:	add x7, x7, x25
  4a764:	add x9, x9, x25
  4a768:	add x6, x6, x25
  4a76c:	add x5, x5, x25
  4a770:	add x3, x3, x25
  4a774:	add x4, x4, x25
  4a778:	add x1, x17, x0, lsl #4
  4a77c:	ldr s5, [x3]
  4a780:	ldr s2, [x4]
  4a784:	ldr s6, [x5]
  4a788:	ldr s1, [x6]
  4a78c:	fcvt d5, s5
  4a790:	ldr s7, [x7]
  4a794:	fcvt d2, s2
  4a798:	ldr s3, [x9]
  4a79c:	fcvt d6, s6
  4a7a0:	ldr s4, [x11]
  4a7a4:	fcvt d1, s1
  4a7a8:	ldr s0, [x12]
  4a7ac:	fcvt d7, s7
  4a7b0:	fcvt d3, s3
  4a7b4:	fadd d2, d2, d5
  4a7b8:	fcvt d4, s4
  4a7bc:	fcvt d0, s0
  4a7c0:	fadd d1, d1, d6
  4a7c4:	ldr x0, [x19, #8]
  4a7c8:	fadd d3, d3, d7
  4a7cc:	fadd d0, d0, d4
  4a7d0:	fadd d1, d1, d2
  4a7d4:	ldr d4, [x1]
  4a7d8:	fadd d0, d0, d3
  4a7dc:	fadd d0, d0, d1
  4a7e0:	fadd d0, d4, d0
  4a7e4:	str d0, [x1]
  4a7e8:	b 0x4a598
  4a7ec:	sub x1, x25, #0x2
  4a7f0:	cmp x1, #0x6
  4a7f4:	b.hi 0x49ef4
  4a7f8:	ldr x3, [x19]
  4a7fc:	cmp x13, #0x0
  4a800:	add x4, x13, #0x7
  4a804:	asr x24, x25, #1
  4a808:	csel x4, x4, x13, lt
  4a80c:	ldr x1, [x19, #24]
  4a810:	asr x4, x4, #3
  4a814:	add x3, x3, x27, lsl #2
  4a818:	cmp x24, #0x1
  4a81c:	b.eq 0x4b4b8
  4a820:	adrp x5, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4a824:	ldr q0, [x5, #2848]
  4a828:	cmp x24, #0x2
  4a82c:	b.eq 0x4b95c
  4a830:	cmp x24, #0x3
  4a834:	b.eq 0x4b608
  4a838:	add x5, sp, #0x160
  4a83c:	add x2, sp, #0x120
  4a840:	str q0, [sp, #352]
  4a844:	mov x21, x5
  4a848:	mov x20, x2
  4a84c:	stp q0, q0, [x2]
  4a850:	stp q0, q0, [x5, #16]
  4a854:	stp q0, q0, [x2, #32]
  4a858:	str q0, [x5, #48]
  4a85c:	cmp x13, #0x7
  4a860:	b.le 0x4a954
  4a864:	lsl x16, x1, #2
  4a868:	lsl x15, x1, #3
  4a86c:	add x2, x1, x1, lsl #1
  4a870:	add x12, x16, x1
  4a874:	sub x11, x15, x1
  4a878:	lsl x18, x1, #4
  4a87c:	lsl x12, x12, #2
  4a880:	lsl x17, x2, #2
  4a884:	lsl x11, x11, #2
  4a888:	lsl x5, x2, #3
  4a88c:	lsl x7, x1, #5
  4a890:	add x10, x3, #0x20
  4a894:	mov x9, x3
  4a898:	add x21, sp, #0x160
  4a89c:	add x20, sp, #0x120
  4a8a0:	mov x8, #0x0
  4a8a4:	mov w6, #0x0
  4a8a8:	mov x2, x9
  4a8ac:	mov x13, x20
  4a8b0:	mov x14, x20
  4a8b4:	ldr d3, [x2, x16]
  4a8b8:	ldr d6, [x2, x15]
  4a8bc:	ldr d1, [x2, x17]
  4a8c0:	ldr d5, [x2, x18]
  4a8c4:	ldr d2, [x2, x12]
  4a8c8:	ldr d4, [x2, x5]
  4a8cc:	ldr d0, [x2, x11]
  4a8d0:	add x2, x2, #0x8
  4a8d4:	fcvtl v3.2d, v3.2s
  4a8d8:	ldur d7, [x2, #-8]
  4a8dc:	fcvtl v4.2d, v4.2s
  4a8e0:	fcvtl v6.2d, v6.2s
  4a8e4:	fcvtl v1.2d, v1.2s
  4a8e8:	fcvtl v5.2d, v5.2s
  4a8ec:	fcvtl v2.2d, v2.2s
  4a8f0:	fcvtl v0.2d, v0.2s
  4a8f4:	fcvtl v7.2d, v7.2s
  4a8f8:	fadd v1.2d, v1.2d, v6.2d
  4a8fc:	fadd v2.2d, v2.2d, v5.2d
  4a900:	fadd v0.2d, v0.2d, v4.2d
  4a904:	fadd v3.2d, v3.2d, v7.2d
  4a908:	ldr q4, [x14]
  4a90c:	fadd v0.2d, v0.2d, v2.2d
  4a910:	fadd v1.2d, v1.2d, v3.2d
  4a914:	fadd v0.2d, v0.2d, v1.2d
  4a918:	fadd v0.2d, v4.2d, v0.2d
  4a91c:	str q0, [x14], #16
  4a920:	cmp x10, x2
  4a924:	b.ne 0x4a8b4
  4a928:	add w6, w6, #0x1
  4a92c:	cmp w6, #0x40
  4a930:	b.eq 0x4b460
  4a934:	add x8, x8, #0x1
  4a938:	add x9, x9, x7
  4a93c:	add x10, x10, x7
  4a940:	cmp x8, x4
  4a944:	b.lt 0x4a8a8
  4a948:	cmp x0, #0x7
  4a94c:	csinc x2, x4, xzr, gt
  4a950:	madd x3, x2, x7, x3
  4a954:	sub w24, w0, w4, lsl #3
  4a958:	cmp w24, #0x0
  4a95c:	b.le 0x4b924
  4a960:	lsl x19, x1, #2
  4a964:	mov x23, x3
  4a968:	add x26, sp, #0x1a0
  4a96c:	mov w25, #0x0
  4a970:	b 0x4a988
  4a974:	add w25, w25, #0x1
  4a978:	str x0, [x26], #8
  4a97c:	add x23, x23, x19
  4a980:	cmp w25, #0x8
  4a984:	b.eq 0x4b898
  4a988:	mov x0, x23
  4a98c:	cmp w24, w25
  4a990:	b.gt 0x4a974
  4a994:	bl 0x165d0
  4a998:	b 0x4a974
  4a99c:	str d8, [sp, #96]
  4a9a0:	cmp x25, #0x7
  4a9a4:	b.le 0x4b0f4
  4a9a8:	sub x7, x25, #0x8
  4a9ac:	add x9, x27, #0x8
  4a9b0:	and x1, x7, #0xfffffffffffffff8
  4a9b4:	add x20, sp, #0x120
  4a9b8:	add x30, x1, x9
  4a9bc:	adrp x1, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4a9c0:	mov x16, x27
  4a9c4:	add x17, sp, #0xe0
  4a9c8:	add x4, sp, #0x1a0
  4a9cc:	add x24, x20, #0x40
  4a9d0:	ldr q5, [x1, #2848]
  4a9d4:	mov x21, x7
  4a9d8:	add x23, sp, #0x250
  4a9dc:	mov x27, x20
  4a9e0:	mov x28, x17
  4a9e4:	mov x3, x20
  4a9e8:	add x6, x4, #0x40
  4a9ec:	mov x8, x22
  4a9f0:	mov x10, x24
  4a9f4:	mov x5, x19
  4a9f8:	mov x25, x22
  4a9fc:	mov x7, x16
  4aa00:	mov x13, x9
  4aa04:	ldr x2, [x5]
  4aa08:	mul x1, x7, x18
  4aa0c:	cmp x0, #0x0
  4aa10:	add x22, x0, #0x7
  4aa14:	csel x22, x22, x0, lt
  4aa18:	stp q5, q5, [x27]
  4aa1c:	add x12, x2, x1, lsl #2
  4aa20:	stp q5, q5, [x28]
  4aa24:	asr x22, x22, #3
  4aa28:	stp q5, q5, [x27, #32]
  4aa2c:	stp q5, q5, [x28, #32]
  4aa30:	cmp x0, #0xf
  4aa34:	b.le 0x4b0c8
  4aa38:	lsl x15, x18, #1
  4aa3c:	mov x19, x12
  4aa40:	lsl x9, x18, #3
  4aa44:	lsl x14, x18, #2
  4aa48:	stp x12, x30, [sp, #208]
  4aa4c:	mov x30, x18
  4aa50:	mov x12, x25
  4aa54:	mov x18, x5
  4aa58:	mov x16, #0x0
  4aa5c:	mov w11, #0x0
  4aa60:	mov x1, #0x0
  4aa64:	str x15, [sp, #120]
  4aa68:	str x22, [sp, #176]
  4aa6c:	stp x7, x8, [sp, #192]
  4aa70:	add x16, x16, #0x10
  4aa74:	mov x26, x16
  4aa78:	mov x7, x19
  4aa7c:	mov x25, x17
  4aa80:	mov w5, #0x4
  4aa84:	str w11, [sp, #128]
  4aa88:	str x1, [sp, #144]
  4aa8c:	str x17, [sp, #160]
  4aa90:	sub x22, x26, #0x10
  4aa94:	mov x11, x7
  4aa98:	mov x1, x4
  4aa9c:	mov x8, x4
  4aaa0:	mov x2, #0x0
  4aaa4:	ldr d0, [x11, x2, lsl #3]
  4aaa8:	add x2, x2, #0x1
  4aaac:	fcvtl v0.2d, v0.2s
  4aab0:	str q0, [x8], #16
  4aab4:	cmp x2, #0x4
  4aab8:	b.ne 0x4aaa4
  4aabc:	add x15, x11, x14
  4aac0:	mov x2, #0x0
  4aac4:	ldr d0, [x15, x2, lsl #3]
  4aac8:	add x8, x4, x2, lsl #4
  4aacc:	add x2, x2, #0x1
  4aad0:	fcvtl v0.2d, v0.2s
  4aad4:	str q0, [x8, #64]
  4aad8:	cmp x2, #0x4
  4aadc:	b.ne 0x4aac4
  4aae0:	ldr q1, [x25]
  4aae4:	mov x2, x10
  4aae8:	ldr q0, [x1]
  4aaec:	add x1, x1, #0x10
  4aaf0:	ldr q2, [x1, #48]
  4aaf4:	zip1 v3.2d, v0.2d, v2.2d
  4aaf8:	zip2 v0.2d, v0.2d, v2.2d
  4aafc:	fadd v0.2d, v3.2d, v0.2d
  4ab00:	str q0, [x2], #16
  4ab04:	cmp x1, x6
  4ab08:	b.ne 0x4aae8
  4ab0c:	ldp q0, q4, [x23, #-240]
  4ab10:	add x22, x22, #0x8
  4ab14:	ldp q2, q3, [x23, #-208]
  4ab18:	add x11, x11, #0x20
  4ab1c:	fadd v0.2d, v0.2d, v4.2d
  4ab20:	fadd v2.2d, v2.2d, v3.2d
  4ab24:	fadd v0.2d, v0.2d, v2.2d
  4ab28:	fadd v0.2d, v1.2d, v0.2d
  4ab2c:	str q0, [x25]
  4ab30:	cmp x22, x26
  4ab34:	b.ne 0x4aa98
  4ab38:	ldr x1, [sp, #120]
  4ab3c:	add x25, x25, #0x10
  4ab40:	add x7, x7, x9
  4ab44:	subs w5, w5, #0x1
  4ab48:	add x26, x22, x1
  4ab4c:	b.ne 0x4aa90
  4ab50:	ldr w11, [sp, #128]
  4ab54:	ldr x1, [sp, #144]
  4ab58:	add w11, w11, #0x2
  4ab5c:	ldr x2, [sp, #160]
  4ab60:	cmp w11, #0x40
  4ab64:	b.eq 0x4addc
  4ab68:	ldr x5, [sp, #176]
  4ab6c:	add x2, x1, #0x3
  4ab70:	add x19, x19, #0x40
  4ab74:	add x1, x1, #0x2
  4ab78:	cmp x5, x2
  4ab7c:	b.gt 0x4aa70
  4ab80:	ldr x22, [sp, #176]
  4ab84:	mov x5, x18
  4ab88:	ldp x7, x8, [sp, #192]
  4ab8c:	mov x18, x30
  4ab90:	mov x25, x12
  4ab94:	sub x2, x22, #0x2
  4ab98:	ldp x12, x30, [sp, #208]
  4ab9c:	and x2, x2, #0xfffffffffffffffe
  4aba0:	cmp x0, #0xf
  4aba4:	add x2, x2, #0x2
  4aba8:	mov x1, #0x2
  4abac:	csel x2, x2, x1, gt
  4abb0:	cmp x22, x2
  4abb4:	b.le 0x4accc
  4abb8:	lsl x19, x2, #3
  4abbc:	lsl x1, x22, #3
  4abc0:	add x2, x12, x2, lsl #5
  4abc4:	lsl x16, x18, #3
  4abc8:	lsl x26, x18, #2
  4abcc:	mov x15, x12
  4abd0:	str x7, [sp, #120]
  4abd4:	mov x7, x22
  4abd8:	mov x22, x8
  4abdc:	mov x8, x17
  4abe0:	add x12, x2, x26
  4abe4:	mov x9, x2
  4abe8:	mov x14, x17
  4abec:	str w11, [sp, #128]
  4abf0:	str x22, [sp, #144]
  4abf4:	str x7, [sp, #160]
  4abf8:	mov x7, x4
  4abfc:	mov x22, x4
  4ac00:	mov x11, #0x0
  4ac04:	ldr d0, [x9, x11, lsl #3]
  4ac08:	add x11, x11, #0x1
  4ac0c:	fcvtl v0.2d, v0.2s
  4ac10:	str q0, [x22], #16
  4ac14:	cmp x11, #0x4
  4ac18:	b.ne 0x4ac04
  4ac1c:	mov x11, #0x0
  4ac20:	ldr d0, [x12, x11, lsl #3]
  4ac24:	add x22, x4, x11, lsl #4
  4ac28:	add x11, x11, #0x1
  4ac2c:	fcvtl v0.2d, v0.2s
  4ac30:	str q0, [x22, #64]
  4ac34:	cmp x11, #0x4
  4ac38:	b.ne 0x4ac20
  4ac3c:	ldr q1, [x14]
  4ac40:	mov x11, x10
  4ac44:	ldr q0, [x7]
  4ac48:	add x7, x7, #0x10
  4ac4c:	ldr q2, [x7, #48]
  4ac50:	zip1 v3.2d, v0.2d, v2.2d
  4ac54:	zip2 v0.2d, v0.2d, v2.2d
  4ac58:	fadd v0.2d, v3.2d, v0.2d
  4ac5c:	str q0, [x11], #16
  4ac60:	cmp x7, x6
  4ac64:	b.ne 0x4ac44
  4ac68:	ldp q0, q4, [x23, #-240]
  4ac6c:	add x12, x12, x16
  4ac70:	ldp q2, q3, [x23, #-208]
  4ac74:	add x9, x9, x16
  4ac78:	fadd v0.2d, v0.2d, v4.2d
  4ac7c:	fadd v2.2d, v2.2d, v3.2d
  4ac80:	fadd v0.2d, v0.2d, v2.2d
  4ac84:	fadd v0.2d, v1.2d, v0.2d
  4ac88:	str q0, [x14], #16
  4ac8c:	cmp x14, x3
  4ac90:	b.ne 0x4abf8
  4ac94:	ldr w11, [sp, #128]
  4ac98:	ldr x22, [sp, #144]
  4ac9c:	add w11, w11, #0x1
  4aca0:	ldr x7, [sp, #160]
  4aca4:	cmp w11, #0x40
  4aca8:	b.eq 0x4b400
  4acac:	add x19, x19, #0x8
  4acb0:	add x2, x2, #0x20
  4acb4:	cmp x19, x1
  4acb8:	b.ne 0x4abdc
  4acbc:	mov x8, x22
  4acc0:	mov x22, x7
  4acc4:	ldr x7, [sp, #120]
  4acc8:	mov x12, x15
  4accc:	sub w0, w0, w22, lsl #3
  4acd0:	cmp w0, #0x0
  4acd4:	b.le 0x4ad70
  4acd8:	add x22, x12, x22, lsl #5
  4acdc:	lsl x11, x18, #2
  4ace0:	mov x12, x17
  4ace4:	lsl x18, x18, #3
  4ace8:	mov x9, x4
  4acec:	mov x2, x22
  4acf0:	mov w1, #0x0
  4acf4:	nop
  4acf8:	mov v0.16b, v5.16b
  4acfc:	cmp w0, w1
  4ad00:	b.le 0x4ad18
  4ad04:	ldr s1, [x2, x11]
  4ad08:	ldr s0, [x2]
  4ad0c:	fcvt d1, s1
  4ad10:	fcvt d0, s0
  4ad14:	mov v0.d[1], v1.d[0]
  4ad18:	add w1, w1, #0x1
  4ad1c:	str q0, [x9], #16
  4ad20:	add x2, x2, #0x4
  4ad24:	cmp w1, #0x8
  4ad28:	b.ne 0x4acf8
  4ad2c:	ldp q0, q8, [sp, #416]
  4ad30:	add x22, x22, x18
  4ad34:	ldp q4, q7, [sp, #448]
  4ad38:	ldp q1, q6, [sp, #480]
  4ad3c:	ldp q3, q2, [sp, #512]
  4ad40:	fadd v0.2d, v0.2d, v8.2d
  4ad44:	fadd v4.2d, v4.2d, v7.2d
  4ad48:	fadd v3.2d, v3.2d, v2.2d
  4ad4c:	fadd v1.2d, v1.2d, v6.2d
  4ad50:	ldr q2, [x12]
  4ad54:	fadd v0.2d, v0.2d, v4.2d
  4ad58:	fadd v1.2d, v1.2d, v3.2d
  4ad5c:	fadd v0.2d, v0.2d, v1.2d
  4ad60:	fadd v0.2d, v2.2d, v0.2d
  4ad64:	str q0, [x12], #16
  4ad68:	cmp x12, x3
  4ad6c:	b.ne 0x4ace8
  4ad70:	mov x2, x20
  4ad74:	mov x1, x17
  4ad78:	mov x0, #0x0
  4ad7c:	ldr q0, [x2], #16
  4ad80:	ldr q1, [x1], #16
  4ad84:	fadd v0.2d, v0.2d, v1.2d
  4ad88:	str q0, [x8, x0]
  4ad8c:	add x0, x0, #0x10
  4ad90:	cmp x0, #0x40
  4ad94:	b.ne 0x4ad7c
  4ad98:	add x7, x7, #0x8
  4ad9c:	add x8, x8, #0x40
  4ada0:	cmp x7, x30
  4ada4:	b.eq 0x4b0d4
  4ada8:	ldr x0, [x5, #8]
  4adac:	ldr x18, [x5, #32]
  4adb0:	b 0x4aa04
  4adb4:	ldr x1, [sp, #120]
  4adb8:	ldr q0, [x1]
  4adbc:	ldr q1, [x24]
  4adc0:	str q16, [x24], #16
  4adc4:	fadd v0.2d, v0.2d, v1.2d
  4adc8:	str q0, [x1], #16
  4adcc:	cmp x1, x25
  4add0:	b.ne 0x4adb8
  4add4:	mov w16, #0x0
  4add8:	b 0x49d44
  4addc:	mov x5, x20
  4ade0:	ldr q1, [x2]
  4ade4:	str q5, [x2], #16
  4ade8:	ldr q0, [x5]
  4adec:	fadd v0.2d, v0.2d, v1.2d
  4adf0:	str q0, [x5], #16
  4adf4:	cmp x5, x24
  4adf8:	b.ne 0x4ade0
  4adfc:	mov w11, #0x0
  4ae00:	b 0x4ab68
  4ae04:	ldr x7, [sp, #192]
  4ae08:	ldr x22, [sp, #176]
  4ae0c:	and x25, x7, #0xfffffffffffffff8
  4ae10:	lsr x0, x7, #3
  4ae14:	add x27, x25, x21
  4ae18:	add x0, x0, #0x1
  4ae1c:	sub x25, x7, x25
  4ae20:	add x22, x22, x0, lsl #6
  4ae24:	cmp x25, #0x1
  4ae28:	b.le 0x4b08c
  4ae2c:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4ae30:	sub x25, x25, #0x2
  4ae34:	add x2, x27, #0x2
  4ae38:	and x15, x25, #0xfffffffffffffffe
  4ae3c:	ldr q17, [x0, #2848]
  4ae40:	mov x1, x27
  4ae44:	add x15, x15, x2
  4ae48:	mov x16, x22
  4ae4c:	mov x17, #0x1
  4ae50:	str d8, [sp, #96]
  4ae54:	ldp x20, x21, [x19, #24]
  4ae58:	ldp x0, x23, [x19]
  4ae5c:	mul x3, x21, x1
  4ae60:	cmp x23, #0x0
  4ae64:	add x7, x23, #0x7
  4ae68:	csel x7, x7, x23, lt
  4ae6c:	add x8, x0, x3, lsl #2
  4ae70:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4ae74:	asr x7, x7, #3
  4ae78:	ldr q16, [x0, #2848]
  4ae7c:	cmp x23, #0x7
  4ae80:	b.le 0x4b4a4
  4ae84:	lsl x13, x20, #2
  4ae88:	lsl x12, x20, #3
  4ae8c:	add x6, x20, x20, lsl #1
  4ae90:	add x10, x13, x20
  4ae94:	sub x9, x12, x20
  4ae98:	lsl x18, x20, #4
  4ae9c:	lsl x14, x6, #2
  4aea0:	lsl x10, x10, #2
  4aea4:	mov v8.16b, v16.16b
  4aea8:	lsl x9, x9, #2
  4aeac:	lsl x6, x6, #3
  4aeb0:	lsl x11, x20, #5
  4aeb4:	add x3, x8, x21, lsl #2
  4aeb8:	mov x0, x8
  4aebc:	mov x5, #0x0
  4aec0:	mov w4, #0x0
  4aec4:	b 0x4aedc
  4aec8:	add x5, x5, #0x1
  4aecc:	add x0, x0, x11
  4aed0:	add x3, x3, x11
  4aed4:	cmp x7, x5
  4aed8:	b.le 0x4afcc
  4aedc:	ldr s3, [x0, x13]
  4aee0:	add w4, w4, #0x1
  4aee4:	ldr s24, [x3, x13]
  4aee8:	ldr s0, [x0, x12]
  4aeec:	ldr s23, [x3, x12]
  4aef0:	fcvt d3, s3
  4aef4:	ldr s6, [x0, x14]
  4aef8:	fcvt d24, s24
  4aefc:	ldr s22, [x3, x14]
  4af00:	fcvt d0, s0
  4af04:	ldr s1, [x0, x18]
  4af08:	fcvt d23, s23
  4af0c:	ldr s21, [x3, x18]
  4af10:	fcvt d6, s6
  4af14:	ldr s5, [x0, x10]
  4af18:	fcvt d22, s22
  4af1c:	ldr s20, [x3, x10]
  4af20:	fcvt d1, s1
  4af24:	ldr s2, [x0, x6]
  4af28:	fcvt d21, s21
  4af2c:	ldr s19, [x3, x6]
  4af30:	fcvt d5, s5
  4af34:	ldr s4, [x0, x9]
  4af38:	fcvt d20, s20
  4af3c:	ldr s18, [x3, x9]
  4af40:	fcvt d2, s2
  4af44:	ldr s7, [x0]
  4af48:	fcvt d19, s19
  4af4c:	ldr s25, [x3]
  4af50:	fcvt d4, s4
  4af54:	fcvt d18, s18
  4af58:	fcvt d7, s7
  4af5c:	fcvt d25, s25
  4af60:	mov v3.d[1], v24.d[0]
  4af64:	mov v0.d[1], v23.d[0]
  4af68:	mov v6.d[1], v22.d[0]
  4af6c:	mov v1.d[1], v21.d[0]
  4af70:	mov v5.d[1], v20.d[0]
  4af74:	mov v2.d[1], v19.d[0]
  4af78:	mov v4.d[1], v18.d[0]
  4af7c:	mov v7.d[1], v25.d[0]
  4af80:	fadd v0.2d, v0.2d, v6.2d
  4af84:	fadd v1.2d, v1.2d, v5.2d
  4af88:	fadd v2.2d, v2.2d, v4.2d
  4af8c:	fadd v3.2d, v3.2d, v7.2d
  4af90:	fadd v1.2d, v1.2d, v2.2d
  4af94:	fadd v0.2d, v0.2d, v3.2d
  4af98:	fadd v0.2d, v0.2d, v1.2d
  4af9c:	fadd v8.2d, v8.2d, v0.2d
  4afa0:	cmp w4, #0x40
  4afa4:	b.ne 0x4aec8
  4afa8:	adrp x24, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4afac:	add x5, x5, #0x1
  4afb0:	fadd v16.2d, v16.2d, v8.2d
  4afb4:	add x0, x0, x11
  4afb8:	ldr q8, [x24, #2848]
  4afbc:	add x3, x3, x11
  4afc0:	mov w4, #0x0
  4afc4:	cmp x7, x5
  4afc8:	b.gt 0x4aedc
  4afcc:	cmp x23, #0x7
  4afd0:	csel x0, x7, x17, gt
  4afd4:	madd x8, x0, x11, x8
  4afd8:	sub w7, w23, w7, lsl #3
  4afdc:	cmp w7, #0x0
  4afe0:	b.le 0x4b05c
  4afe4:	lsl x6, x21, #2
  4afe8:	lsl x4, x20, #2
  4afec:	mov x3, x8
  4aff0:	add x5, sp, #0x1a0
  4aff4:	mov w0, #0x0
  4aff8:	mov v0.16b, v17.16b
  4affc:	cmp w7, w0
  4b000:	b.le 0x4b018
  4b004:	ldr s1, [x3, x6]
  4b008:	ldr s0, [x3]
  4b00c:	fcvt d1, s1
  4b010:	fcvt d0, s0
  4b014:	mov v0.d[1], v1.d[0]
  4b018:	add w0, w0, #0x1
  4b01c:	str q0, [x5], #16
  4b020:	add x3, x3, x4
  4b024:	cmp w0, #0x8
  4b028:	b.ne 0x4aff8
  4b02c:	ldp q0, q7, [sp, #416]
  4b030:	ldp q3, q6, [sp, #448]
  4b034:	ldp q1, q5, [sp, #480]
  4b038:	ldp q2, q4, [sp, #512]
  4b03c:	fadd v0.2d, v0.2d, v7.2d
  4b040:	fadd v3.2d, v3.2d, v6.2d
  4b044:	fadd v1.2d, v1.2d, v5.2d
  4b048:	fadd v2.2d, v2.2d, v4.2d
  4b04c:	fadd v0.2d, v0.2d, v3.2d
  4b050:	fadd v1.2d, v1.2d, v2.2d
  4b054:	fadd v0.2d, v0.2d, v1.2d
  4b058:	fadd v8.2d, v8.2d, v0.2d
  4b05c:	fadd v8.2d, v8.2d, v16.2d
  4b060:	add x1, x1, #0x2
  4b064:	str q8, [x16], #16
  4b068:	cmp x1, x15
  4b06c:	b.ne 0x4ae54
  4b070:	lsr x0, x25, #1
  4b074:	and x1, x25, #0xfffffffffffffffe
  4b078:	add x0, x0, #0x1
  4b07c:	ldr d8, [sp, #96]
  4b080:	add x27, x1, x2
  4b084:	sub x25, x25, x1
  4b088:	add x22, x22, x0, lsl #4
  4b08c:	cmp x25, #0x1
  4b090:	b.ne 0x4a17c
  4b094:	mov x1, x27
  4b098:	mov x0, x19
  4b09c:	bl 0x12e10
  4b0a0:	ldp x23, x24, [sp, #48]
  4b0a4:	ldp x27, x28, [sp, #80]
  4b0a8:	str d0, [x22]
  4b0ac:	b 0x4a184
  4b0b0:	b.ne 0x4b440
  4b0b4:	lsl x30, x6, #2
  4b0b8:	mov x7, #0x0
  4b0bc:	b 0x4a4e8
  4b0c0:	mov x7, #0x0
  4b0c4:	b 0x4a0ec
  4b0c8:	mov w11, #0x0
  4b0cc:	mov x2, #0x0
  4b0d0:	b 0x4abb0
  4b0d4:	lsr x0, x21, #3
  4b0d8:	mov x22, x25
  4b0dc:	add x0, x0, #0x1
  4b0e0:	and x25, x21, #0xfffffffffffffff8
  4b0e4:	add x27, x25, x13
  4b0e8:	mov x19, x5
  4b0ec:	sub x25, x21, x25
  4b0f0:	add x22, x22, x0, lsl #6
  4b0f4:	cmp x25, #0x1
  4b0f8:	b.le 0x4b3c4
  4b0fc:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b100:	sub x25, x25, #0x2
  4b104:	add x2, x27, #0x2
  4b108:	and x21, x25, #0xfffffffffffffffe
  4b10c:	add x4, sp, #0x1a0
  4b110:	add x21, x21, x2
  4b114:	ldr q6, [x0, #2848]
  4b118:	mov x1, x27
  4b11c:	add x7, x4, #0x40
  4b120:	mov x23, x22
  4b124:	add x16, sp, #0x160
  4b128:	add x10, sp, #0x250
  4b12c:	mov x24, #0x2
  4b130:	ldp x0, x17, [x19]
  4b134:	ldr x20, [x19, #32]
  4b138:	mul x18, x20, x1
  4b13c:	cmp x17, #0x0
  4b140:	add x12, x17, #0x7
  4b144:	csel x12, x12, x17, lt
  4b148:	add x18, x0, x18, lsl #2
  4b14c:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b150:	asr x12, x12, #3
  4b154:	ldr q5, [x0, #2848]
  4b158:	cmp x17, #0xf
  4b15c:	b.le 0x4b494
  4b160:	mov v4.16b, v5.16b
  4b164:	mov x15, x18
  4b168:	lsl x26, x20, #2
  4b16c:	mov x14, #0x10
  4b170:	mov w13, #0x0
  4b174:	mov x11, #0x0
  4b178:	add x8, x15, x26
  4b17c:	lsl x9, x11, #3
  4b180:	mov x6, x15
  4b184:	mov x0, x4
  4b188:	mov x5, x4
  4b18c:	mov x3, #0x0
  4b190:	ldr d0, [x6, x3, lsl #3]
  4b194:	add x3, x3, #0x1
  4b198:	fcvtl v0.2d, v0.2s
  4b19c:	str q0, [x5], #16
  4b1a0:	cmp x3, #0x4
  4b1a4:	b.ne 0x4b190
  4b1a8:	mov x3, #0x0
  4b1ac:	ldr d0, [x8, x3, lsl #3]
  4b1b0:	add x5, x4, x3, lsl #4
  4b1b4:	add x3, x3, #0x1
  4b1b8:	fcvtl v0.2d, v0.2s
  4b1bc:	str q0, [x5, #64]
  4b1c0:	cmp x3, #0x4
  4b1c4:	b.ne 0x4b1ac
  4b1c8:	mov x3, x16
  4b1cc:	nop
  4b1d0:	ldr q0, [x0]
  4b1d4:	add x0, x0, #0x10
  4b1d8:	ldr q2, [x0, #48]
  4b1dc:	zip1 v1.2d, v0.2d, v2.2d
  4b1e0:	zip2 v0.2d, v0.2d, v2.2d
  4b1e4:	fadd v0.2d, v1.2d, v0.2d
  4b1e8:	str q0, [x3], #16
  4b1ec:	cmp x0, x7
  4b1f0:	b.ne 0x4b1d0
  4b1f4:	ldp q0, q3, [x10, #-240]
  4b1f8:	add x9, x9, #0x8
  4b1fc:	ldp q1, q2, [x10, #-208]
  4b200:	add x8, x8, #0x20
  4b204:	fadd v0.2d, v0.2d, v3.2d
  4b208:	add x6, x6, #0x20
  4b20c:	fadd v1.2d, v1.2d, v2.2d
  4b210:	fadd v0.2d, v0.2d, v1.2d
  4b214:	fadd v4.2d, v4.2d, v0.2d
  4b218:	cmp x9, x14
  4b21c:	b.ne 0x4b184
  4b220:	add w13, w13, #0x2
  4b224:	cmp w13, #0x40
  4b228:	b.eq 0x4b3ec
  4b22c:	add x0, x11, #0x3
  4b230:	add x14, x14, #0x10
  4b234:	add x15, x15, #0x40
  4b238:	add x11, x11, #0x2
  4b23c:	cmp x12, x0
  4b240:	b.gt 0x4b178
  4b244:	sub x0, x12, #0x2
  4b248:	cmp x17, #0xf
  4b24c:	and x0, x0, #0xfffffffffffffffe
  4b250:	add x0, x0, #0x2
  4b254:	csel x0, x0, x24, gt
  4b258:	cmp x12, x0
  4b25c:	b.le 0x4b318
  4b260:	lsl x8, x0, #3
  4b264:	lsl x11, x12, #3
  4b268:	add x6, x20, x8
  4b26c:	add x0, x18, x0, lsl #5
  4b270:	add x6, x18, x6, lsl #2
  4b274:	mov x5, x4
  4b278:	mov x9, x4
  4b27c:	mov x3, #0x0
  4b280:	ldr d0, [x0, x3, lsl #3]
  4b284:	add x3, x3, #0x1
  4b288:	fcvtl v0.2d, v0.2s
  4b28c:	str q0, [x9], #16
  4b290:	cmp x3, #0x4
  4b294:	b.ne 0x4b280
  4b298:	mov x3, #0x0
  4b29c:	ldr d0, [x6, x3, lsl #3]
  4b2a0:	add x9, x4, x3, lsl #4
  4b2a4:	add x3, x3, #0x1
  4b2a8:	fcvtl v0.2d, v0.2s
  4b2ac:	str q0, [x9, #64]
  4b2b0:	cmp x3, #0x4
  4b2b4:	b.ne 0x4b29c
  4b2b8:	mov x3, x16
  4b2bc:	ldr q0, [x5]
  4b2c0:	add x5, x5, #0x10
  4b2c4:	ldr q2, [x5, #48]
  4b2c8:	zip1 v1.2d, v0.2d, v2.2d
  4b2cc:	zip2 v0.2d, v0.2d, v2.2d
  4b2d0:	fadd v0.2d, v1.2d, v0.2d
  4b2d4:	str q0, [x3], #16
  4b2d8:	cmp x5, x7
  4b2dc:	b.ne 0x4b2bc
  4b2e0:	ldp q0, q3, [x10, #-240]
  4b2e4:	add w13, w13, #0x1
  4b2e8:	ldp q1, q2, [x10, #-208]
  4b2ec:	fadd v0.2d, v0.2d, v3.2d
  4b2f0:	fadd v1.2d, v1.2d, v2.2d
  4b2f4:	fadd v0.2d, v0.2d, v1.2d
  4b2f8:	fadd v4.2d, v4.2d, v0.2d
  4b2fc:	cmp w13, #0x40
  4b300:	b.eq 0x4b948
  4b304:	add x8, x8, #0x8
  4b308:	add x6, x6, #0x20
  4b30c:	add x0, x0, #0x20
  4b310:	cmp x8, x11
  4b314:	b.ne 0x4b274
  4b318:	sub w17, w17, w12, lsl #3
  4b31c:	cmp w17, #0x0
  4b320:	b.le 0x4b398
  4b324:	lsl x20, x20, #2
  4b328:	add x12, x18, x12, lsl #5
  4b32c:	add x3, sp, #0x1a0
  4b330:	mov w0, #0x0
  4b334:	mov v0.16b, v6.16b
  4b338:	cmp w17, w0
  4b33c:	b.le 0x4b354
  4b340:	ldr s1, [x12, x20]
  4b344:	ldr s0, [x12]
  4b348:	fcvt d1, s1
  4b34c:	fcvt d0, s0
  4b350:	mov v0.d[1], v1.d[0]
  4b354:	add w0, w0, #0x1
  4b358:	str q0, [x3], #16
  4b35c:	add x12, x12, #0x4
  4b360:	cmp w0, #0x8
  4b364:	b.ne 0x4b334
  4b368:	ldp q0, q17, [sp, #416]
  4b36c:	ldp q3, q16, [sp, #448]
  4b370:	ldp q1, q8, [sp, #480]
  4b374:	ldp q2, q7, [sp, #512]
  4b378:	fadd v0.2d, v0.2d, v17.2d
  4b37c:	fadd v3.2d, v3.2d, v16.2d
  4b380:	fadd v1.2d, v1.2d, v8.2d
  4b384:	fadd v2.2d, v2.2d, v7.2d
  4b388:	fadd v0.2d, v0.2d, v3.2d
  4b38c:	fadd v1.2d, v1.2d, v2.2d
  4b390:	fadd v0.2d, v0.2d, v1.2d
  4b394:	fadd v4.2d, v4.2d, v0.2d
  4b398:	fadd v0.2d, v4.2d, v5.2d
  4b39c:	add x1, x1, #0x2
  4b3a0:	str q0, [x23], #16
  4b3a4:	cmp x1, x21
  4b3a8:	b.ne 0x4b130
  4b3ac:	lsr x0, x25, #1
  4b3b0:	and x1, x25, #0xfffffffffffffffe
  4b3b4:	add x0, x0, #0x1
  4b3b8:	add x27, x2, x1
  4b3bc:	sub x25, x25, x1
  4b3c0:	add x22, x22, x0, lsl #4
  4b3c4:	cmp x25, #0x1
  4b3c8:	b.ne 0x4b450
  4b3cc:	mov x1, x27
  4b3d0:	mov x0, x19
  4b3d4:	bl 0x12e10
  4b3d8:	ldr d8, [sp, #96]
  4b3dc:	ldp x23, x24, [sp, #48]
  4b3e0:	ldp x27, x28, [sp, #80]
  4b3e4:	str d0, [x22]
  4b3e8:	b 0x4a184
  4b3ec:	adrp x0, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b3f0:	mov w13, #0x0
  4b3f4:	fadd v5.2d, v5.2d, v4.2d
  4b3f8:	ldr q4, [x0, #2848]
  4b3fc:	b 0x4b22c
  4b400:	mov x9, x20
  4b404:	ldr q1, [x8]
  4b408:	str q5, [x8], #16
  4b40c:	ldr q0, [x9]
  4b410:	fadd v0.2d, v0.2d, v1.2d
  4b414:	str q0, [x9], #16
  4b418:	cmp x9, x24
  4b41c:	b.ne 0x4b404
  4b420:	mov w11, #0x0
  4b424:	b 0x4acac
  4b428:	b.ne 0x4b43c
  4b42c:	mov x1, x17
  4b430:	b 0x4a77c
  4b434:	mov x0, #0x0
  4b438:	b 0x4a390
  4b43c:	ldr x0, [x19, #8]
  4b440:	cmp w27, #0x3f
  4b444:	b.eq 0x4a5e8
  4b448:	add w27, w27, #0x1
  4b44c:	b 0x4a0f8
  4b450:	ldp x23, x24, [sp, #48]
  4b454:	ldp x27, x28, [sp, #80]
  4b458:	ldr d8, [sp, #96]
  4b45c:	b 0x4a184
  4b460:	adrp x2, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b464:	add x6, x21, #0x40
  4b468:	ldr q1, [x2, #2848]
  4b46c:	mov x2, x21
  4b470:	ldr q0, [x2]
  4b474:	ldr q2, [x13]
  4b478:	str q1, [x13], #16
  4b47c:	fadd v0.2d, v0.2d, v2.2d
  4b480:	str q0, [x2], #16
  4b484:	cmp x2, x6
  4b488:	b.ne 0x4b470
  4b48c:	mov w6, #0x0
  4b490:	b 0x4a934
  4b494:	mov v4.16b, v5.16b
  4b498:	mov w13, #0x0
  4b49c:	mov x0, #0x0
  4b4a0:	b 0x4b258
  4b4a4:	mov v8.16b, v16.16b
  4b4a8:	b 0x4afd8
  4b4ac:	mov w18, #0x0
  4b4b0:	mov w8, #0x0
  4b4b4:	b 0x4a11c
  4b4b8:	cmp x13, #0x7
  4b4bc:	b.le 0x4b59c
  4b4c0:	adrp x5, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b4c4:	lsl x13, x1, #2
  4b4c8:	lsl x12, x1, #3
  4b4cc:	add x10, x13, x1
  4b4d0:	ldr q3, [x5, #2848]
  4b4d4:	sub x9, x12, x1
  4b4d8:	add x5, x1, x1, lsl #1
  4b4dc:	lsl x10, x10, #2
  4b4e0:	lsl x9, x9, #2
  4b4e4:	lsl x14, x1, #4
  4b4e8:	lsl x15, x5, #2
  4b4ec:	lsl x6, x5, #3
  4b4f0:	mov v0.16b, v3.16b
  4b4f4:	lsl x11, x1, #5
  4b4f8:	mov x5, x3
  4b4fc:	mov x8, #0x0
  4b500:	mov w7, #0x0
  4b504:	str d8, [sp, #96]
  4b508:	b 0x4b514
  4b50c:	cmp x8, x4
  4b510:	b.ge 0x4bb00
  4b514:	ldr d5, [x5, x13]
  4b518:	add w7, w7, #0x1
  4b51c:	ldr d8, [x5, x12]
  4b520:	add x8, x8, #0x1
  4b524:	ldr d2, [x5, x15]
  4b528:	ldr d7, [x5, x14]
  4b52c:	ldr d4, [x5, x10]
  4b530:	ldr d6, [x5, x6]
  4b534:	ldr d1, [x5, x9]
  4b538:	fcvtl v5.2d, v5.2s
  4b53c:	ldr d16, [x5]
  4b540:	fcvtl v8.2d, v8.2s
  4b544:	add x5, x5, x11
  4b548:	fcvtl v2.2d, v2.2s
  4b54c:	fcvtl v7.2d, v7.2s
  4b550:	fcvtl v4.2d, v4.2s
  4b554:	fcvtl v6.2d, v6.2s
  4b558:	fcvtl v1.2d, v1.2s
  4b55c:	fcvtl v16.2d, v16.2s
  4b560:	fadd v2.2d, v2.2d, v8.2d
  4b564:	fadd v4.2d, v4.2d, v7.2d
  4b568:	fadd v1.2d, v1.2d, v6.2d
  4b56c:	fadd v5.2d, v5.2d, v16.2d
  4b570:	fadd v1.2d, v1.2d, v4.2d
  4b574:	fadd v2.2d, v2.2d, v5.2d
  4b578:	fadd v1.2d, v1.2d, v2.2d
  4b57c:	fadd v0.2d, v0.2d, v1.2d
  4b580:	cmp w7, #0x40
  4b584:	b.ne 0x4b50c
  4b588:	adrp x16, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b58c:	mov w7, #0x0
  4b590:	fadd v3.2d, v3.2d, v0.2d
  4b594:	ldr q0, [x16, #2848]
  4b598:	b 0x4b50c
  4b59c:	adrp x5, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b5a0:	ldr q3, [x5, #2848]
  4b5a4:	mov v0.16b, v3.16b
  4b5a8:	sub w26, w0, w4, lsl #3
  4b5ac:	cmp w26, #0x0
  4b5b0:	b.le 0x49ed4
  4b5b4:	lsl x28, x1, #2
  4b5b8:	mov x21, x3
  4b5bc:	add x23, sp, #0x1a0
  4b5c0:	mov w20, #0x0
  4b5c4:	str d8, [sp, #96]
  4b5c8:	str x22, [sp, #120]
  4b5cc:	mov x22, x19
  4b5d0:	mov x19, x2
  4b5d4:	b 0x4b5ec
  4b5d8:	add w20, w20, #0x1
  4b5dc:	str x0, [x23], #8
  4b5e0:	add x21, x21, x28
  4b5e4:	cmp w20, #0x8
  4b5e8:	b.eq 0x49e54
  4b5ec:	mov x0, x21
  4b5f0:	cmp w20, w26
  4b5f4:	b.lt 0x4b5d8
  4b5f8:	stp q0, q3, [sp, #128]
  4b5fc:	bl 0x165d0
  4b600:	ldp q0, q3, [sp, #128]
  4b604:	b 0x4b5d8
  4b608:	add x23, sp, #0x250
  4b60c:	str q0, [sp, #352]
  4b610:	sub x5, x23, #0x130
  4b614:	stp q0, q0, [x23, #-224]
  4b618:	stp q0, q0, [x5]
  4b61c:	str q0, [x5, #32]
  4b620:	cmp x13, #0x7
  4b624:	b.le 0x4b888
  4b628:	lsl x17, x1, #2
  4b62c:	lsl x16, x1, #3
  4b630:	add x5, x1, x1, lsl #1
  4b634:	add x15, x17, x1
  4b638:	sub x14, x16, x1
  4b63c:	lsl x18, x1, #4
  4b640:	mov v2.16b, v0.16b
  4b644:	lsl x15, x15, #2
  4b648:	mov v16.16b, v0.16b
  4b64c:	lsl x14, x14, #2
  4b650:	lsl x21, x5, #2
  4b654:	lsl x6, x5, #3
  4b658:	lsl x13, x1, #5
  4b65c:	add x10, x3, #0x18
  4b660:	mov x9, x3
  4b664:	add x20, sp, #0x120
  4b668:	mov x8, #0x0
  4b66c:	mov w7, #0x0
  4b670:	str d8, [sp, #96]
  4b674:	mov x5, x9
  4b678:	mov x11, x20
  4b67c:	mov x12, x20
  4b680:	ldr d4, [x5, x17]
  4b684:	ldr d7, [x5, x16]
  4b688:	ldr d1, [x5, x21]
  4b68c:	ldr d6, [x5, x18]
  4b690:	ldr d3, [x5, x15]
  4b694:	ldr d5, [x5, x6]
  4b698:	ldr d0, [x5, x14]
  4b69c:	add x5, x5, #0x8
  4b6a0:	fcvtl v4.2d, v4.2s
  4b6a4:	ldur d8, [x5, #-8]
  4b6a8:	fcvtl v5.2d, v5.2s
  4b6ac:	fcvtl v7.2d, v7.2s
  4b6b0:	fcvtl v1.2d, v1.2s
  4b6b4:	fcvtl v6.2d, v6.2s
  4b6b8:	fcvtl v3.2d, v3.2s
  4b6bc:	fcvtl v0.2d, v0.2s
  4b6c0:	fcvtl v8.2d, v8.2s
  4b6c4:	fadd v1.2d, v1.2d, v7.2d
  4b6c8:	fadd v3.2d, v3.2d, v6.2d
  4b6cc:	fadd v0.2d, v0.2d, v5.2d
  4b6d0:	fadd v4.2d, v4.2d, v8.2d
  4b6d4:	ldr q5, [x12]
  4b6d8:	fadd v0.2d, v0.2d, v3.2d
  4b6dc:	fadd v1.2d, v1.2d, v4.2d
  4b6e0:	fadd v0.2d, v0.2d, v1.2d
  4b6e4:	fadd v0.2d, v5.2d, v0.2d
  4b6e8:	str q0, [x12], #16
  4b6ec:	cmp x10, x5
  4b6f0:	b.ne 0x4b680
  4b6f4:	add w7, w7, #0x1
  4b6f8:	cmp w7, #0x40
  4b6fc:	b.eq 0x4b794
  4b700:	add x8, x8, #0x1
  4b704:	add x9, x9, x13
  4b708:	add x10, x10, x13
  4b70c:	cmp x8, x4
  4b710:	b.lt 0x4b674
  4b714:	cmp x0, #0x7
  4b718:	ldr d8, [sp, #96]
  4b71c:	csinc x6, x4, xzr, gt
  4b720:	ldp q17, q16, [x23, #-224]
  4b724:	madd x3, x6, x13, x3
  4b728:	sub w28, w0, w4, lsl #3
  4b72c:	cmp w28, #0x0
  4b730:	b.le 0x4b864
  4b734:	lsl x1, x1, #2
  4b738:	mov x21, x3
  4b73c:	add x26, sp, #0x1a0
  4b740:	mov w20, #0x0
  4b744:	str d8, [sp, #96]
  4b748:	stp x22, x23, [sp, #120]
  4b74c:	mov x23, x19
  4b750:	mov x22, x2
  4b754:	mov x19, x1
  4b758:	b 0x4b770
  4b75c:	add w20, w20, #0x1
  4b760:	str x0, [x26], #8
  4b764:	add x21, x21, x19
  4b768:	cmp w20, #0x8
  4b76c:	b.eq 0x4b7c8
  4b770:	mov x0, x21
  4b774:	cmp w28, w20
  4b778:	b.gt 0x4b75c
  4b77c:	stp q2, q17, [sp, #144]
  4b780:	str q16, [sp, #176]
  4b784:	bl 0x165d0
  4b788:	ldp q2, q17, [sp, #144]
  4b78c:	ldr q16, [sp, #176]
  4b790:	b 0x4b75c
  4b794:	add x7, sp, #0x160
  4b798:	mov w5, #0x0
  4b79c:	ldr q0, [x7]
  4b7a0:	add w5, w5, #0x1
  4b7a4:	ldr q1, [x11]
  4b7a8:	str q16, [x11], #16
  4b7ac:	fadd v0.2d, v0.2d, v1.2d
  4b7b0:	str q0, [x7], #16
  4b7b4:	cmp w5, #0x3
  4b7b8:	b.ne 0x4b79c
  4b7bc:	ldur q2, [x23, #-240]
  4b7c0:	mov w7, #0x0
  4b7c4:	b 0x4b700
  4b7c8:	ldp x10, x9, [sp, #416]
  4b7cc:	mov x2, x22
  4b7d0:	ldp x8, x7, [sp, #432]
  4b7d4:	mov x19, x23
  4b7d8:	ldp x22, x23, [sp, #120]
  4b7dc:	add x1, sp, #0x120
  4b7e0:	ldp x6, x5, [sp, #448]
  4b7e4:	mov x0, #0x0
  4b7e8:	ldp x4, x3, [sp, #464]
  4b7ec:	ldr d8, [x10, x0]
  4b7f0:	ldr d4, [x9, x0]
  4b7f4:	ldr d7, [x8, x0]
  4b7f8:	ldr d1, [x7, x0]
  4b7fc:	ldr d6, [x6, x0]
  4b800:	ldr d3, [x5, x0]
  4b804:	ldr d5, [x4, x0]
  4b808:	fcvtl v8.2d, v8.2s
  4b80c:	ldr d0, [x3, x0]
  4b810:	fcvtl v4.2d, v4.2s
  4b814:	add x0, x0, #0x8
  4b818:	fcvtl v5.2d, v5.2s
  4b81c:	fcvtl v7.2d, v7.2s
  4b820:	fcvtl v1.2d, v1.2s
  4b824:	fcvtl v6.2d, v6.2s
  4b828:	fcvtl v3.2d, v3.2s
  4b82c:	fcvtl v0.2d, v0.2s
  4b830:	fadd v4.2d, v4.2d, v8.2d
  4b834:	fadd v1.2d, v1.2d, v7.2d
  4b838:	fadd v3.2d, v3.2d, v6.2d
  4b83c:	fadd v0.2d, v0.2d, v5.2d
  4b840:	ldr q5, [x1]
  4b844:	fadd v1.2d, v1.2d, v4.2d
  4b848:	fadd v0.2d, v0.2d, v3.2d
  4b84c:	fadd v0.2d, v0.2d, v1.2d
  4b850:	fadd v3.2d, v5.2d, v0.2d
  4b854:	str q3, [x1], #16
  4b858:	cmp x0, #0x18
  4b85c:	b.ne 0x4b7ec
  4b860:	ldr d8, [sp, #96]
  4b864:	sub x23, x23, #0x130
  4b868:	ldp q5, q4, [x23]
  4b86c:	ldr q3, [x23, #32]
  4b870:	fadd v2.2d, v2.2d, v5.2d
  4b874:	fadd v1.2d, v17.2d, v4.2d
  4b878:	fadd v0.2d, v16.2d, v3.2d
  4b87c:	stp q2, q1, [x22]
  4b880:	str q0, [x22, #32]
  4b884:	b 0x49edc
  4b888:	mov v16.16b, v0.16b
  4b88c:	mov v17.16b, v0.16b
  4b890:	mov v2.16b, v0.16b
  4b894:	b 0x4b728
  4b898:	ldp x9, x8, [sp, #416]
  4b89c:	mov x1, x20
  4b8a0:	ldp x7, x6, [sp, #432]
  4b8a4:	mov x0, #0x0
  4b8a8:	ldp x5, x4, [sp, #448]
  4b8ac:	ldp x3, x2, [sp, #464]
  4b8b0:	ldr d7, [x9, x0, lsl #3]
  4b8b4:	ldr d3, [x8, x0, lsl #3]
  4b8b8:	ldr d6, [x7, x0, lsl #3]
  4b8bc:	ldr d1, [x6, x0, lsl #3]
  4b8c0:	ldr d5, [x5, x0, lsl #3]
  4b8c4:	ldr d2, [x4, x0, lsl #3]
  4b8c8:	ldr d4, [x3, x0, lsl #3]
  4b8cc:	fcvtl v7.2d, v7.2s
  4b8d0:	ldr d0, [x2, x0, lsl #3]
  4b8d4:	fcvtl v3.2d, v3.2s
  4b8d8:	add x0, x0, #0x1
  4b8dc:	fcvtl v4.2d, v4.2s
  4b8e0:	fcvtl v6.2d, v6.2s
  4b8e4:	fcvtl v1.2d, v1.2s
  4b8e8:	fcvtl v5.2d, v5.2s
  4b8ec:	fcvtl v2.2d, v2.2s
  4b8f0:	fcvtl v0.2d, v0.2s
  4b8f4:	fadd v3.2d, v3.2d, v7.2d
  4b8f8:	fadd v1.2d, v1.2d, v6.2d
  4b8fc:	fadd v2.2d, v2.2d, v5.2d
  4b900:	fadd v0.2d, v0.2d, v4.2d
  4b904:	ldr q4, [x1]
  4b908:	fadd v1.2d, v1.2d, v3.2d
  4b90c:	fadd v0.2d, v0.2d, v2.2d
  4b910:	fadd v0.2d, v0.2d, v1.2d
  4b914:	fadd v0.2d, v4.2d, v0.2d
  4b918:	str q0, [x1], #16
  4b91c:	cmp x0, #0x4
  4b920:	b.ne 0x4b8b0
  4b924:	mov x0, #0x0
  4b928:	ldr q0, [x21], #16
  4b92c:	ldr q1, [x20], #16
  4b930:	fadd v0.2d, v0.2d, v1.2d
  4b934:	str q0, [x22, x0]
  4b938:	add x0, x0, #0x10
  4b93c:	cmp x0, #0x40
  4b940:	b.ne 0x4b928
  4b944:	b 0x4a17c
  4b948:	adrp x3, 11f000 <absl::debian3::base_internal::LowLevelAlloc::Free(void*)+0x170>
  4b94c:	mov w13, #0x0
  4b950:	fadd v5.2d, v5.2d, v4.2d
  4b954:	ldr q4, [x3, #2848]
  4b958:	b 0x4b304
  4b95c:	add x23, sp, #0x250
  4b960:	str q0, [sp, #352]
  4b964:	stur q0, [x23, #-224]
  4b968:	cmp x13, #0x7
  4b96c:	b.le 0x4bb14
  4b970:	lsl x16, x1, #2
  4b974:	lsl x15, x1, #3
  4b978:	add x5, x1, x1, lsl #1
  4b97c:	add x14, x16, x1
  4b980:	sub x12, x15, x1
  4b984:	lsl x17, x1, #4
  4b988:	mov v3.16b, v0.16b
  4b98c:	lsl x14, x14, #2
  4b990:	mov v17.16b, v0.16b
  4b994:	lsl x12, x12, #2
  4b998:	lsl x18, x5, #2
  4b99c:	lsl x6, x5, #3
  4b9a0:	lsl x8, x1, #5
  4b9a4:	add x11, x3, #0x10
  4b9a8:	mov x10, x3
  4b9ac:	add x21, sp, #0x160
  4b9b0:	mov x9, #0x0
  4b9b4:	mov w7, #0x0
  4b9b8:	str d8, [sp, #96]
  4b9bc:	mov x5, x10
  4b9c0:	mov x13, x21
  4b9c4:	ldr d5, [x5, x16]
  4b9c8:	ldr d8, [x5, x15]
  4b9cc:	ldr d2, [x5, x18]
  4b9d0:	ldr d7, [x5, x17]
  4b9d4:	ldr d4, [x5, x14]
  4b9d8:	ldr d6, [x5, x6]
  4b9dc:	ldr d1, [x5, x12]
  4b9e0:	add x5, x5, #0x8
  4b9e4:	fcvtl v5.2d, v5.2s
  4b9e8:	ldur d16, [x5, #-8]
  4b9ec:	fcvtl v6.2d, v6.2s
  4b9f0:	fcvtl v8.2d, v8.2s
  4b9f4:	fcvtl v2.2d, v2.2s
  4b9f8:	fcvtl v7.2d, v7.2s
  4b9fc:	fcvtl v4.2d, v4.2s
  4ba00:	fcvtl v1.2d, v1.2s
  4ba04:	fcvtl v16.2d, v16.2s
  4ba08:	fadd v2.2d, v2.2d, v8.2d
  4ba0c:	fadd v4.2d, v4.2d, v7.2d
  4ba10:	fadd v1.2d, v1.2d, v6.2d
  4ba14:	fadd v5.2d, v5.2d, v16.2d
  4ba18:	ldr q6, [x13]
  4ba1c:	fadd v1.2d, v1.2d, v4.2d
  4ba20:	fadd v2.2d, v2.2d, v5.2d
  4ba24:	fadd v1.2d, v1.2d, v2.2d
  4ba28:	fadd v1.2d, v6.2d, v1.2d
  4ba2c:	str q1, [x13], #16
  4ba30:	cmp x11, x5
  4ba34:	b.ne 0x4b9c4
  4ba38:	add w7, w7, #0x1
  4ba3c:	cmp w7, #0x40
  4ba40:	b.eq 0x4bacc
  4ba44:	add x9, x9, #0x1
  4ba48:	add x10, x10, x8
  4ba4c:	add x11, x11, x8
  4ba50:	cmp x9, x4
  4ba54:	b.lt 0x4b9bc
  4ba58:	cmp x0, #0x7
  4ba5c:	ldr d8, [sp, #96]
  4ba60:	csinc x5, x4, xzr, gt
  4ba64:	madd x3, x5, x8, x3
  4ba68:	sub w28, w0, w4, lsl #3
  4ba6c:	cmp w28, #0x0
  4ba70:	b.le 0x4bae8
  4ba74:	lsl x1, x1, #2
  4ba78:	mov x21, x3
  4ba7c:	add x26, sp, #0x1a0
  4ba80:	mov w20, #0x0
  4ba84:	str d8, [sp, #96]
  4ba88:	stp x22, x23, [sp, #120]
  4ba8c:	mov x23, x19
  4ba90:	mov x22, x2
  4ba94:	mov x19, x1
  4ba98:	b 0x4bab0
  4ba9c:	add w20, w20, #0x1
  4baa0:	str x0, [x26], #8
  4baa4:	add x21, x21, x19
  4baa8:	cmp w20, #0x8
  4baac:	b.eq 0x4bb1c
  4bab0:	mov x0, x21
  4bab4:	cmp w28, w20
  4bab8:	b.gt 0x4ba9c
  4babc:	stp q0, q3, [sp, #144]
  4bac0:	bl 0x165d0
  4bac4:	ldp q0, q3, [sp, #144]
  4bac8:	b 0x4ba9c
  4bacc:	ldp q2, q1, [x23, #-240]
  4bad0:	mov w7, #0x0
  4bad4:	stp q17, q17, [x23, #-240]
  4bad8:	fadd v3.2d, v3.2d, v2.2d
  4badc:	fadd v0.2d, v0.2d, v1.2d
  4bae0:	b 0x4ba44
  4bae4:	ldr d8, [sp, #96]
  4bae8:	ldur q1, [x23, #-224]
  4baec:	ldr q2, [sp, #352]
  4baf0:	fadd v0.2d, v0.2d, v1.2d
  4baf4:	fadd v3.2d, v3.2d, v2.2d
  4baf8:	stp q3, q0, [x22]
  4bafc:	b 0x49edc
  4bb00:	cmp x0, #0x7
  4bb04:	ldr d8, [sp, #96]
  4bb08:	csinc x5, x4, xzr, gt
  4bb0c:	madd x3, x5, x11, x3
  4bb10:	b 0x4b5a8
  4bb14:	mov v3.16b, v0.16b
  4bb18:	b 0x4ba68
  4bb1c:	ldp x10, x9, [sp, #416]
  4bb20:	mov x2, x22
  4bb24:	ldp x8, x7, [sp, #432]
  4bb28:	mov x19, x23
  4bb2c:	ldp x22, x23, [sp, #120]
  4bb30:	add x1, sp, #0x160
  4bb34:	ldp x6, x5, [sp, #448]
  4bb38:	mov x0, #0x0
  4bb3c:	ldp x4, x3, [sp, #464]
  4bb40:	ldr d16, [x10, x0]
  4bb44:	ldr d5, [x9, x0]
  4bb48:	ldr d8, [x8, x0]
  4bb4c:	ldr d2, [x7, x0]
  4bb50:	ldr d7, [x6, x0]
  4bb54:	ldr d4, [x5, x0]
  4bb58:	ldr d6, [x4, x0]
  4bb5c:	fcvtl v16.2d, v16.2s
  4bb60:	ldr d1, [x3, x0]
  4bb64:	fcvtl v5.2d, v5.2s
  4bb68:	fcvtl v6.2d, v6.2s
  4bb6c:	fcvtl v8.2d, v8.2s
  4bb70:	fcvtl v2.2d, v2.2s
  4bb74:	fcvtl v7.2d, v7.2s
  4bb78:	fcvtl v4.2d, v4.2s
  4bb7c:	fcvtl v1.2d, v1.2s
  4bb80:	fadd v5.2d, v5.2d, v16.2d
  4bb84:	fadd v2.2d, v2.2d, v8.2d
  4bb88:	fadd v4.2d, v4.2d, v7.2d
  4bb8c:	fadd v1.2d, v1.2d, v6.2d
  4bb90:	ldr q6, [x1]
  4bb94:	fadd v2.2d, v2.2d, v5.2d
  4bb98:	fadd v1.2d, v1.2d, v4.2d
  4bb9c:	fadd v1.2d, v1.2d, v2.2d
  4bba0:	fadd v1.2d, v6.2d, v1.2d
  4bba4:	str q1, [x1], #16
  4bba8:	cbnz x0, 0x4bae4
  4bbac:	mov x0, #0x8
  4bbb0:	b 0x4bb40
  4bbb4:	nop
  4bbb8:	nop
  4bbbc:	nop

