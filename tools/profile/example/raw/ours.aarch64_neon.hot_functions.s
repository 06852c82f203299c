2cc40 <void raptors::neon::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*)>:
  2cc40:	sub sp, sp, #0x1c0
  2cc44:	sub sp, sp, #0x14, lsl #12
  2cc48:	stp x29, x30, [sp]
  2cc4c:	mov x29, sp
  2cc50:	stp x19, x20, [sp, #16]
  2cc54:	mov x19, x0
  2cc58:	ldr x0, [x0, #8]
  2cc5c:	stp x23, x24, [sp, #48]
  2cc60:	mov x23, x2
  2cc64:	stp x27, x28, [sp, #80]
  2cc68:	mov x27, x3
  2cc6c:	cbz x0, 0x2d3dc
  2cc70:	mov x4, x1
  2cc74:	add x5, sp, #0x1cf
  2cc78:	ldr x1, [x19, #32]
  2cc7c:	and x28, x5, #0xffffffffffffffc0
  2cc80:	cmp x1, #0x1
  2cc84:	b.eq 0x2d04c
  2cc88:	stp x25, x26, [sp, #64]
  2cc8c:	cmp x23, #0x0
  2cc90:	b.le 0x2d424
  2cc94:	add x26, x28, #0x8, lsl #12
  2cc98:	mov x1, #0x8000000000000000
  2cc9c:	mov x2, #0x1
  2cca0:	fmov d0, x1
  2cca4:	lsl x1, x2, #3
  2cca8:	mov x3, x2
  2ccac:	add x5, x28, x1
  2ccb0:	add x1, x26, x1
  2ccb4:	add x2, x2, #0x1
  2ccb8:	cmp x3, x23
  2ccbc:	stur d0, [x1, #-8]
  2ccc0:	stur d0, [x5, #-8]
  2ccc4:	b.ne 0x2cca4
  2ccc8:	cmp x0, #0x0
  2cccc:	b.le 0x2cef4
  2ccd0:	stp x21, x22, [sp, #32]
  2ccd4:	sub x1, x23, #0x2
  2ccd8:	add x3, x28, x23, lsl #3
  2ccdc:	sub x2, x23, #0x1
  2cce0:	lsr x1, x1, #1
  2cce4:	and x2, x2, #0xffffffffffffff00
  2cce8:	add x1, x1, #0x1
  2ccec:	sub x24, x23, #0x100
  2ccf0:	add x21, sp, #0x150
  2ccf4:	add x9, sp, #0x110
  2ccf8:	lsl x6, x1, #1
  2ccfc:	add x8, x26, x1, lsl #4
  2cd00:	lsl x25, x1, #3
  2cd04:	mov x1, x23
  2cd08:	mov x7, x28
  2cd0c:	mov x23, x4
  2cd10:	mov x12, x27
  2cd14:	mov x4, x1
  2cd18:	stp x3, x8, [sp, #176]
  2cd1c:	mov x3, x26
  2cd20:	sub x24, x24, x2
  2cd24:	mov x22, #0x0
  2cd28:	mov w2, #0x0
  2cd2c:	str x6, [sp, #160]
  2cd30:	ldr x8, [x19, #32]
  2cd34:	sub x20, x0, x22
  2cd38:	cmp x20, #0x8
  2cd3c:	mov x6, #0x8
  2cd40:	add w1, w2, #0x1
  2cd44:	csel x20, x20, x6, le
  2cd48:	cmp x8, #0x1
  2cd4c:	b.eq 0x2d2a8
  2cd50:	cmp x4, #0x0
  2cd54:	b.le 0x2d3cc
  2cd58:	mov x6, x3
  2cd5c:	mov x16, x4
  2cd60:	add x26, x7, #0x10, lsl #12
  2cd64:	mul x17, x23, x8
  2cd68:	lsl x27, x8, #8
  2cd6c:	lsl x2, x8, #2
  2cd70:	mov x18, #0x100
  2cd74:	mov x8, #0x8000000000000000
  2cd78:	mov x28, #0x2
  2cd7c:	fmov d2, x8
  2cd80:	str x25, [sp, #104]
  2cd84:	str w1, [sp, #112]
  2cd88:	str x7, [sp, #128]
  2cd8c:	str x23, [sp, #144]
  2cd90:	cmp x16, #0x100
  2cd94:	mov x7, x26
  2cd98:	csel x8, x16, x18, le
  2cd9c:	mov x13, x22
  2cda0:	mov w10, w8
  2cda4:	mov w11, #0x0
  2cda8:	cmp w20, w11
  2cdac:	b.le 0x2d200
  2cdb0:	ldr x5, [x19, #24]
  2cdb4:	mov x1, #0x0
  2cdb8:	ldr x14, [x19]
  2cdbc:	madd x5, x13, x5, x17
  2cdc0:	add x5, x14, x5, lsl #2
  2cdc4:	nop
  2cdc8:	ldr s0, [x5]
  2cdcc:	add x5, x5, x2
  2cdd0:	fcvt d0, s0
  2cdd4:	str d0, [x7, x1, lsl #3]
  2cdd8:	add x1, x1, #0x1
  2cddc:	cmp w10, w1
  2cde0:	b.gt 0x2cdc8
  2cde4:	add w11, w11, #0x1
  2cde8:	str x7, [x21, x13, lsl #3]
  2cdec:	add x7, x7, #0x800
  2cdf0:	add x13, x13, #0x1
  2cdf4:	cmp w11, #0x8
  2cdf8:	b.ne 0x2cda8
  2cdfc:	ldp x11, x10, [sp, #336]
  2ce00:	mov x1, x6
  2ce04:	ldp x14, x13, [sp, #352]
  2ce08:	ldp x23, x15, [sp, #368]
  2ce0c:	ldp x30, x25, [sp, #384]
  2ce10:	cmp x16, #0x1
  2ce14:	b.eq 0x2d25c
  2ce18:	mov x1, #0x0
  2ce1c:	mov x7, #0x0
  2ce20:	ldr q3, [x25, x1]
  2ce24:	add x5, x7, #0x3
  2ce28:	ldr q0, [x11, x1]
  2ce2c:	add x7, x7, #0x2
  2ce30:	ldr q16, [x10, x1]
  2ce34:	ldr q5, [x14, x1]
  2ce38:	ldr q7, [x13, x1]
  2ce3c:	ldr q1, [x23, x1]
  2ce40:	ldr q6, [x15, x1]
  2ce44:	ldr q4, [x30, x1]
  2ce48:	fadd v0.2d, v0.2d, v16.2d
  2ce4c:	fadd v5.2d, v5.2d, v7.2d
  2ce50:	fadd v4.2d, v4.2d, v3.2d
  2ce54:	fadd v1.2d, v1.2d, v6.2d
  2ce58:	ldr q3, [x6, x1]
  2ce5c:	fadd v0.2d, v0.2d, v5.2d
  2ce60:	fadd v1.2d, v1.2d, v4.2d
  2ce64:	fadd v0.2d, v0.2d, v1.2d
  2ce68:	fadd v0.2d, v3.2d, v0.2d
  2ce6c:	str q0, [x6, x1]
  2ce70:	add x1, x1, #0x10
  2ce74:	cmp x8, x5
  2ce78:	b.gt 0x2ce20
  2ce7c:	sub x1, x8, #0x2
  2ce80:	cmp x16, #0x1
  2ce84:	and x1, x1, #0xfffffffffffffffe
  2ce88:	add x1, x1, #0x2
  2ce8c:	csel x1, x1, x28, gt
  2ce90:	cmp x8, x1
  2ce94:	b.gt 0x2d234
  2ce98:	sub x16, x16, #0x100
  2ce9c:	add x6, x6, #0x800
  2cea0:	add x17, x17, x27
  2cea4:	cmp x16, x24
  2cea8:	b.ne 0x2cd90
  2ceac:	ldr w1, [sp, #112]
  2ceb0:	ldr x25, [sp, #104]
  2ceb4:	ldr x7, [sp, #128]
  2ceb8:	ldr x23, [sp, #144]
  2cebc:	cmp w1, #0x40
  2cec0:	b.eq 0x2d014
  2cec4:	mov w2, w1
  2cec8:	add x22, x22, #0x8
  2cecc:	sub x21, x21, #0x40
  2ced0:	cmp x0, x22
  2ced4:	b.gt 0x2cd30
  2ced8:	ldp x21, x22, [sp, #32]
  2cedc:	mov x28, x7
  2cee0:	mov x23, x4
  2cee4:	mov x27, x12
  2cee8:	mov x26, x3
  2ceec:	cmp x4, #0x0
  2cef0:	b.le 0x2cf24
  2cef4:	sub x27, x27, #0x8
  2cef8:	mov x0, #0x1
  2cefc:	lsl x1, x0, #3
  2cf00:	cmp x0, x23
  2cf04:	add x3, x28, x1
  2cf08:	add x1, x26, x1
  2cf0c:	ldur d0, [x3, #-8]
  2cf10:	ldur d1, [x1, #-8]
  2cf14:	fadd d0, d0, d1
  2cf18:	str d0, [x27, x0, lsl #3]
  2cf1c:	add x0, x0, #0x1
  2cf20:	b.ne 0x2cefc
  2cf24:	ldp x25, x26, [sp, #64]
  2cf28:	ldp x29, x30, [sp]
  2cf2c:	ldp x19, x20, [sp, #16]
  2cf30:	ldp x23, x24, [sp, #48]
  2cf34:	ldp x27, x28, [sp, #80]
  2cf38:	add sp, sp, #0x1c0
  2cf3c:	add sp, sp, #0x14, lsl #12
  2cf40:	ret
  2cf44:	ldp x4, x12, [sp, #192]
  2cf48:	mov x19, x23
  2cf4c:	ldp x22, x21, [sp, #104]
  2cf50:	mov x23, x24
  2cf54:	ldr x7, [sp, #144]
  2cf58:	mov x3, x26
  2cf5c:	ldp x6, x8, [sp, #272]
  2cf60:	mov x9, x27
  2cf64:	ldp x14, x13, [sp, #288]
  2cf68:	mov x24, x28
  2cf6c:	ldp x15, x16, [sp, #304]
  2cf70:	ldp x18, x17, [sp, #320]
  2cf74:	ldr w1, [sp, #128]
  2cf78:	cmp x4, #0x1
  2cf7c:	b.le 0x2d40c
  2cf80:	mov x2, x26
  2cf84:	mov x0, #0x0
  2cf88:	ldr d0, [x6, x0]
  2cf8c:	ldr d7, [x8, x0]
  2cf90:	ldr d3, [x14, x0]
  2cf94:	ldr d6, [x13, x0]
  2cf98:	ldr d1, [x15, x0]
  2cf9c:	ldr d5, [x16, x0]
  2cfa0:	ldr d2, [x18, x0]
  2cfa4:	fcvtl v0.2d, v0.2s
  2cfa8:	ldr d4, [x17, x0]
  2cfac:	fcvtl v7.2d, v7.2s
  2cfb0:	add x0, x0, #0x8
  2cfb4:	fcvtl v3.2d, v3.2s
  2cfb8:	fcvtl v4.2d, v4.2s
  2cfbc:	fcvtl v6.2d, v6.2s
  2cfc0:	fcvtl v1.2d, v1.2s
  2cfc4:	fcvtl v5.2d, v5.2s
  2cfc8:	fcvtl v2.2d, v2.2s
  2cfcc:	fadd v0.2d, v0.2d, v7.2d
  2cfd0:	fadd v3.2d, v3.2d, v6.2d
  2cfd4:	fadd v1.2d, v1.2d, v5.2d
  2cfd8:	fadd v2.2d, v2.2d, v4.2d
  2cfdc:	ldr q4, [x2]
  2cfe0:	fadd v0.2d, v0.2d, v3.2d
  2cfe4:	fadd v1.2d, v1.2d, v2.2d
  2cfe8:	fadd v0.2d, v0.2d, v1.2d
  2cfec:	fadd v0.2d, v4.2d, v0.2d
  2cff0:	str q0, [x2], #16
  2cff4:	cmp x0, x25
  2cff8:	b.ne 0x2cf88
  2cffc:	ldr x0, [sp, #160]
  2d000:	cmp x4, x0
  2d004:	b.gt 0x2d324
  2d008:	ldr x0, [x19, #8]
  2d00c:	cmp w1, #0x40
  2d010:	b.ne 0x2cec4
  2d014:	ldr x5, [sp, #176]
  2d018:	mov x2, x3
  2d01c:	mov x1, x7
  2d020:	mov x6, #0x8000000000000000
  2d024:	fmov d2, x6
  2d028:	ldr d0, [x1]
  2d02c:	ldr d1, [x2]
  2d030:	str d2, [x2], #8
  2d034:	fadd d0, d0, d1
  2d038:	str d0, [x1], #8
  2d03c:	cmp x1, x5
  2d040:	b.ne 0x2d028
  2d044:	mov w2, #0x0
  2d048:	b 0x2cec8
  2d04c:	sub x1, x2, #0x2
  2d050:	cmp x1, #0x6
  2d054:	b.hi 0x2cc88
  2d058:	asr x20, x2, #1
  2d05c:	cmp x0, #0x0
  2d060:	ldr x2, [x19]
  2d064:	add x3, x0, #0x7
  2d068:	csel x3, x3, x0, lt
  2d06c:	ldr x1, [x19, #24]
  2d070:	asr x3, x3, #3
  2d074:	add x2, x2, x4, lsl #2
  2d078:	cmp x20, #0x1
  2d07c:	b.eq 0x2d440
  2d080:	stp x21, x22, [sp, #32]
  2d084:	cmp x20, #0x2
  2d088:	b.eq 0x2d7c8
  2d08c:	cmp x20, #0x3
  2d090:	b.eq 0x2d524
  2d094:	adrp x5, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2d098:	add x4, sp, #0xd0
  2d09c:	mov x22, x4
  2d0a0:	ldr q0, [x5, #1104]
  2d0a4:	add x5, sp, #0x110
  2d0a8:	mov x24, x5
  2d0ac:	stp q0, q0, [sp, #208]
  2d0b0:	stp q0, q0, [sp, #240]
  2d0b4:	stp q0, q0, [sp, #272]
  2d0b8:	stp q0, q0, [sp, #304]
  2d0bc:	cmp x0, #0x7
  2d0c0:	b.le 0x2d1b4
  2d0c4:	lsl x16, x1, #2
  2d0c8:	lsl x15, x1, #3
  2d0cc:	add x4, x1, x1, lsl #1
  2d0d0:	add x12, x16, x1
  2d0d4:	sub x11, x15, x1
  2d0d8:	lsl x18, x1, #4
  2d0dc:	lsl x12, x12, #2
  2d0e0:	lsl x17, x4, #2
  2d0e4:	lsl x11, x11, #2
  2d0e8:	lsl x5, x4, #3
  2d0ec:	lsl x7, x1, #5
  2d0f0:	add x10, x2, #0x20
  2d0f4:	mov x9, x2
  2d0f8:	add x24, sp, #0x110
  2d0fc:	add x22, sp, #0xd0
  2d100:	mov x8, #0x0
  2d104:	mov w6, #0x0
  2d108:	mov x4, x9
  2d10c:	mov x13, x22
  2d110:	mov x14, x22
  2d114:	ldr d3, [x4, x16]
  2d118:	ldr d6, [x4, x15]
  2d11c:	ldr d1, [x4, x17]
  2d120:	ldr d5, [x4, x18]
  2d124:	ldr d2, [x4, x12]
  2d128:	ldr d4, [x4, x5]
  2d12c:	ldr d0, [x4, x11]
  2d130:	add x4, x4, #0x8
  2d134:	fcvtl v3.2d, v3.2s
  2d138:	ldur d7, [x4, #-8]
  2d13c:	fcvtl v4.2d, v4.2s
  2d140:	fcvtl v6.2d, v6.2s
  2d144:	fcvtl v1.2d, v1.2s
  2d148:	fcvtl v5.2d, v5.2s
  2d14c:	fcvtl v2.2d, v2.2s
  2d150:	fcvtl v0.2d, v0.2s
  2d154:	fcvtl v7.2d, v7.2s
  2d158:	fadd v1.2d, v1.2d, v6.2d
  2d15c:	fadd v2.2d, v2.2d, v5.2d
  2d160:	fadd v0.2d, v0.2d, v4.2d
  2d164:	fadd v3.2d, v3.2d, v7.2d
  2d168:	ldr q4, [x14]
  2d16c:	fadd v0.2d, v0.2d, v2.2d
  2d170:	fadd v1.2d, v1.2d, v3.2d
  2d174:	fadd v0.2d, v0.2d, v1.2d
  2d178:	fadd v0.2d, v4.2d, v0.2d
  2d17c:	str q0, [x14], #16
  2d180:	cmp x10, x4
  2d184:	b.ne 0x2d114
  2d188:	add w6, w6, #0x1
  2d18c:	cmp w6, #0x40
  2d190:	b.eq 0x2da88
  2d194:	add x8, x8, #0x1
  2d198:	add x9, x9, x7
  2d19c:	add x10, x10, x7
  2d1a0:	cmp x8, x3
  2d1a4:	b.lt 0x2d108
  2d1a8:	cmp x0, #0x7
  2d1ac:	csinc x4, x3, xzr, gt
  2d1b0:	madd x2, x4, x7, x2
  2d1b4:	sub w21, w0, w3, lsl #3
  2d1b8:	cmp w21, #0x0
  2d1bc:	b.le 0x2dbd8
  2d1c0:	lsl x19, x1, #2
  2d1c4:	mov x20, x2
  2d1c8:	mov w23, #0x0
  2d1cc:	stp x25, x26, [sp, #64]
  2d1d0:	add x25, sp, #0x150
  2d1d4:	b 0x2d1ec
  2d1d8:	add w23, w23, #0x1
  2d1dc:	str x0, [x25], #8
  2d1e0:	add x20, x20, x19
  2d1e4:	cmp w23, #0x8
  2d1e8:	b.eq 0x2db48
  2d1ec:	mov x0, x20
  2d1f0:	cmp w21, w23
  2d1f4:	b.gt 0x2d1d8
  2d1f8:	bl 0x12ac0
  2d1fc:	b 0x2d1d8
  2d200:	mov x1, #0x0
  2d204:	nop
  2d208:	str d2, [x7, x1, lsl #3]
  2d20c:	add x1, x1, #0x1
  2d210:	cmp w10, w1
  2d214:	b.gt 0x2d208
  2d218:	add w11, w11, #0x1
  2d21c:	str x7, [x21, x13, lsl #3]
  2d220:	add x7, x7, #0x800
  2d224:	add x13, x13, #0x1
  2d228:	cmp w11, #0x8
  2d22c:	b.ne 0x2cda8
  2d230:	b 0x2cdfc
  2d234:	lsl x1, x1, #3
  2d238:	add x11, x11, x1
  2d23c:	add x10, x10, x1
  2d240:	add x14, x14, x1
  2d244:	add x13, x13, x1
  2d248:	add x23, x23, x1
  2d24c:	add x15, x15, x1
  2d250:	add x30, x30, x1
  2d254:	add x25, x25, x1
  2d258:	add x1, x6, x1
  2d25c:	ldr d6, [x15]
  2d260:	ldr d3, [x25]
  2d264:	ldr d5, [x23]
  2d268:	ldr d0, [x30]
  2d26c:	ldr d4, [x11]
  2d270:	ldr d1, [x14]
  2d274:	fadd d5, d5, d6
  2d278:	ldr d6, [x10]
  2d27c:	fadd d0, d0, d3
  2d280:	ldr d3, [x13]
  2d284:	fadd d4, d4, d6
  2d288:	fadd d1, d1, d3
  2d28c:	fadd d0, d0, d5
  2d290:	ldr d3, [x1]
  2d294:	fadd d1, d1, d4
  2d298:	fadd d0, d0, d1
  2d29c:	fadd d0, d3, d0
  2d2a0:	str d0, [x1]
  2d2a4:	b 0x2ce98
  2d2a8:	mov x27, x22
  2d2ac:	sub x28, x9, x22, lsl #3
  2d2b0:	mov w26, #0x0
  2d2b4:	stp x22, x21, [sp, #104]
  2d2b8:	mov x22, x28
  2d2bc:	mov x21, x27
  2d2c0:	mov x28, x24
  2d2c4:	mov x27, x9
  2d2c8:	mov x24, x23
  2d2cc:	mov x23, x19
  2d2d0:	mov w19, w20
  2d2d4:	mov w20, w26
  2d2d8:	mov x26, x3
  2d2dc:	str w1, [sp, #128]
  2d2e0:	str x7, [sp, #144]
  2d2e4:	stp x4, x12, [sp, #192]
  2d2e8:	b 0x2d314
  2d2ec:	ldp x0, x3, [x23, #24]
  2d2f0:	ldr x5, [x23]
  2d2f4:	mul x3, x24, x3
  2d2f8:	madd x0, x21, x0, x3
  2d2fc:	add x0, x5, x0, lsl #2
  2d300:	add w20, w20, #0x1
  2d304:	str x0, [x22, x21, lsl #3]
  2d308:	add x21, x21, #0x1
  2d30c:	cmp w20, #0x8
  2d310:	b.eq 0x2cf44
  2d314:	cmp w19, w20
  2d318:	b.gt 0x2d2ec
  2d31c:	bl 0x12ac0
  2d320:	b 0x2d300
  2d324:	ldr x0, [sp, #184]
  2d328:	add x18, x18, x25
  2d32c:	add x17, x17, x25
  2d330:	add x16, x16, x25
  2d334:	add x15, x15, x25
  2d338:	add x14, x14, x25
  2d33c:	add x13, x13, x25
  2d340:	add x8, x8, x25
  2d344:	add x6, x6, x25
  2d348:	ldr s5, [x6]
  2d34c:	ldr s2, [x8]
  2d350:	ldr s6, [x13]
  2d354:	ldr s1, [x14]
  2d358:	fcvt d5, s5
  2d35c:	ldr s7, [x15]
  2d360:	fcvt d2, s2
  2d364:	ldr s3, [x16]
  2d368:	fcvt d6, s6
  2d36c:	ldr s4, [x17]
  2d370:	fcvt d1, s1
  2d374:	ldr s0, [x18]
  2d378:	fcvt d7, s7
  2d37c:	fcvt d3, s3
  2d380:	fadd d2, d2, d5
  2d384:	fcvt d4, s4
  2d388:	fcvt d0, s0
  2d38c:	fadd d1, d1, d6
  2d390:	fadd d3, d3, d7
  2d394:	fadd d0, d0, d4
  2d398:	fadd d1, d1, d2
  2d39c:	ldr d4, [x0]
  2d3a0:	fadd d0, d0, d3
  2d3a4:	fadd d0, d0, d1
  2d3a8:	fadd d0, d4, d0
  2d3ac:	str d0, [x0]
  2d3b0:	ldr x0, [x19, #8]
  2d3b4:	cmp w1, #0x40
  2d3b8:	b.ne 0x2cec4
  2d3bc:	cmp x4, #0x0
  2d3c0:	b.gt 0x2d014
  2d3c4:	mov w2, #0x0
  2d3c8:	b 0x2cec8
  2d3cc:	cmp w2, #0x3f
  2d3d0:	b.ne 0x2cec4
  2d3d4:	mov w2, #0x0
  2d3d8:	b 0x2cec8
  2d3dc:	cmp x2, #0x0
  2d3e0:	b.le 0x2cf28
  2d3e4:	ldp x29, x30, [sp]
  2d3e8:	lsl x2, x2, #3
  2d3ec:	ldp x19, x20, [sp, #16]
  2d3f0:	mov x0, x3
  2d3f4:	ldp x23, x24, [sp, #48]
  2d3f8:	mov w1, #0x0
  2d3fc:	ldp x27, x28, [sp, #80]
  2d400:	add sp, sp, #0x1c0
  2d404:	add sp, sp, #0x14, lsl #12
  2d408:	b 0x9040
  2d40c:	b.eq 0x2d438
  2d410:	ldr x0, [x19, #8]
  2d414:	cmp w1, #0x40
  2d418:	b.ne 0x2cec4
  2d41c:	mov w2, #0x0
  2d420:	b 0x2cec8
  2d424:	cmp x0, #0x0
  2d428:	b.le 0x2cf24
  2d42c:	add x26, x28, #0x8, lsl #12
  2d430:	stp x21, x22, [sp, #32]
  2d434:	b 0x2ccd4
  2d438:	mov x0, x26
  2d43c:	b 0x2d348
  2d440:	adrp x5, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2d444:	stp x25, x26, [sp, #64]
  2d448:	ldr q3, [x5, #1104]
  2d44c:	cmp x0, #0x7
  2d450:	b.le 0x2da14
  2d454:	lsl x13, x1, #2
  2d458:	lsl x12, x1, #3
  2d45c:	add x5, x1, x1, lsl #1
  2d460:	add x10, x13, x1
  2d464:	sub x9, x12, x1
  2d468:	lsl x14, x1, #4
  2d46c:	lsl x15, x5, #2
  2d470:	lsl x6, x5, #3
  2d474:	mov v0.16b, v3.16b
  2d478:	lsl x10, x10, #2
  2d47c:	lsl x9, x9, #2
  2d480:	lsl x11, x1, #5
  2d484:	mov x5, x2
  2d488:	mov x8, #0x0
  2d48c:	mov w7, #0x0
  2d490:	b 0x2d49c
  2d494:	cmp x8, x3
  2d498:	b.ge 0x2da78
  2d49c:	ldr d5, [x5, x13]
  2d4a0:	add w7, w7, #0x1
  2d4a4:	ldr d16, [x5, x12]
  2d4a8:	add x8, x8, #0x1
  2d4ac:	ldr d2, [x5, x15]
  2d4b0:	ldr d7, [x5, x14]
  2d4b4:	ldr d4, [x5, x10]
  2d4b8:	ldr d6, [x5, x6]
  2d4bc:	ldr d1, [x5, x9]
  2d4c0:	fcvtl v5.2d, v5.2s
  2d4c4:	ldr d17, [x5]
  2d4c8:	fcvtl v16.2d, v16.2s
  2d4cc:	add x5, x5, x11
  2d4d0:	fcvtl v2.2d, v2.2s
  2d4d4:	fcvtl v7.2d, v7.2s
  2d4d8:	fcvtl v4.2d, v4.2s
  2d4dc:	fcvtl v6.2d, v6.2s
  2d4e0:	fcvtl v1.2d, v1.2s
  2d4e4:	fcvtl v17.2d, v17.2s
  2d4e8:	fadd v2.2d, v2.2d, v16.2d
  2d4ec:	fadd v4.2d, v4.2d, v7.2d
  2d4f0:	fadd v1.2d, v1.2d, v6.2d
  2d4f4:	fadd v5.2d, v5.2d, v17.2d
  2d4f8:	fadd v1.2d, v1.2d, v4.2d
  2d4fc:	fadd v2.2d, v2.2d, v5.2d
  2d500:	fadd v1.2d, v1.2d, v2.2d
  2d504:	fadd v0.2d, v0.2d, v1.2d
  2d508:	cmp w7, #0x40
  2d50c:	b.ne 0x2d494
  2d510:	adrp x16, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2d514:	mov w7, #0x0
  2d518:	fadd v3.2d, v3.2d, v0.2d
  2d51c:	ldr q0, [x16, #1104]
  2d520:	b 0x2d494
  2d524:	adrp x5, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2d528:	add x21, sp, #0x1c0
  2d52c:	stp x25, x26, [sp, #64]
  2d530:	ldr q0, [x5, #1104]
  2d534:	str q0, [sp, #208]
  2d538:	str q0, [sp, #272]
  2d53c:	stp q0, q0, [x21, #-224]
  2d540:	stp q0, q0, [x21, #-160]
  2d544:	cmp x0, #0x7
  2d548:	b.le 0x2d6b0
  2d54c:	lsl x17, x1, #2
  2d550:	lsl x16, x1, #3
  2d554:	add x5, x1, x1, lsl #1
  2d558:	add x13, x17, x1
  2d55c:	sub x12, x16, x1
  2d560:	lsl x18, x1, #4
  2d564:	mov v18.16b, v0.16b
  2d568:	lsl x13, x13, #2
  2d56c:	mov v17.16b, v0.16b
  2d570:	lsl x12, x12, #2
  2d574:	lsl x24, x5, #2
  2d578:	lsl x6, x5, #3
  2d57c:	lsl x8, x1, #5
  2d580:	add x11, x2, #0x18
  2d584:	mov x10, x2
  2d588:	add x22, sp, #0xd0
  2d58c:	mov x9, #0x0
  2d590:	mov w7, #0x0
  2d594:	mov x5, x10
  2d598:	mov x14, x22
  2d59c:	mov x15, x22
  2d5a0:	ldr d4, [x5, x17]
  2d5a4:	ldr d7, [x5, x16]
  2d5a8:	ldr d1, [x5, x24]
  2d5ac:	ldr d6, [x5, x18]
  2d5b0:	ldr d3, [x5, x13]
  2d5b4:	ldr d5, [x5, x6]
  2d5b8:	ldr d0, [x5, x12]
  2d5bc:	add x5, x5, #0x8
  2d5c0:	fcvtl v4.2d, v4.2s
  2d5c4:	ldur d16, [x5, #-8]
  2d5c8:	fcvtl v5.2d, v5.2s
  2d5cc:	fcvtl v7.2d, v7.2s
  2d5d0:	fcvtl v1.2d, v1.2s
  2d5d4:	fcvtl v6.2d, v6.2s
  2d5d8:	fcvtl v3.2d, v3.2s
  2d5dc:	fcvtl v0.2d, v0.2s
  2d5e0:	fcvtl v16.2d, v16.2s
  2d5e4:	fadd v1.2d, v1.2d, v7.2d
  2d5e8:	fadd v3.2d, v3.2d, v6.2d
  2d5ec:	fadd v0.2d, v0.2d, v5.2d
  2d5f0:	fadd v4.2d, v4.2d, v16.2d
  2d5f4:	ldr q5, [x15]
  2d5f8:	fadd v0.2d, v0.2d, v3.2d
  2d5fc:	fadd v1.2d, v1.2d, v4.2d
  2d600:	fadd v0.2d, v0.2d, v1.2d
  2d604:	fadd v0.2d, v5.2d, v0.2d
  2d608:	str q0, [x15], #16
  2d60c:	cmp x5, x11
  2d610:	b.ne 0x2d5a0
  2d614:	add w7, w7, #0x1
  2d618:	cmp w7, #0x40
  2d61c:	b.eq 0x2d794
  2d620:	add x9, x9, #0x1
  2d624:	add x10, x10, x8
  2d628:	add x11, x11, x8
  2d62c:	cmp x9, x3
  2d630:	b.lt 0x2d594
  2d634:	cmp x0, #0x7
  2d638:	csinc x6, x3, xzr, gt
  2d63c:	ldp q0, q17, [x21, #-160]
  2d640:	madd x2, x6, x8, x2
  2d644:	sub w26, w0, w3, lsl #3
  2d648:	cmp w26, #0x0
  2d64c:	b.le 0x2d758
  2d650:	lsl x1, x1, #2
  2d654:	mov x24, x2
  2d658:	add x25, sp, #0x150
  2d65c:	mov w22, #0x0
  2d660:	stp x27, x21, [sp, #104]
  2d664:	mov x27, x23
  2d668:	mov x21, x19
  2d66c:	mov x23, x4
  2d670:	mov x19, x1
  2d674:	b 0x2d68c
  2d678:	add w22, w22, #0x1
  2d67c:	str x0, [x25], #8
  2d680:	add x24, x24, x19
  2d684:	cmp w22, #0x8
  2d688:	b.eq 0x2d6bc
  2d68c:	mov x0, x24
  2d690:	cmp w26, w22
  2d694:	b.gt 0x2d678
  2d698:	stp q18, q17, [sp, #128]
  2d69c:	str q0, [sp, #160]
  2d6a0:	bl 0x12ac0
  2d6a4:	ldp q18, q17, [sp, #128]
  2d6a8:	ldr q0, [sp, #160]
  2d6ac:	b 0x2d678
  2d6b0:	mov v17.16b, v0.16b
  2d6b4:	mov v18.16b, v0.16b
  2d6b8:	b 0x2d644
  2d6bc:	ldp x10, x9, [sp, #336]
  2d6c0:	mov x19, x21
  2d6c4:	ldp x8, x7, [sp, #352]
  2d6c8:	mov x4, x23
  2d6cc:	ldp x6, x5, [sp, #368]
  2d6d0:	mov x23, x27
  2d6d4:	ldp x27, x21, [sp, #104]
  2d6d8:	add x1, sp, #0xd0
  2d6dc:	ldp x3, x2, [sp, #384]
  2d6e0:	mov x0, #0x0
  2d6e4:	ldr d16, [x10, x0]
  2d6e8:	ldr d4, [x9, x0]
  2d6ec:	ldr d7, [x8, x0]
  2d6f0:	ldr d2, [x7, x0]
  2d6f4:	ldr d6, [x6, x0]
  2d6f8:	ldr d3, [x5, x0]
  2d6fc:	ldr d5, [x3, x0]
  2d700:	fcvtl v16.2d, v16.2s
  2d704:	ldr d1, [x2, x0]
  2d708:	fcvtl v4.2d, v4.2s
  2d70c:	add x0, x0, #0x8
  2d710:	fcvtl v5.2d, v5.2s
  2d714:	fcvtl v7.2d, v7.2s
  2d718:	fcvtl v2.2d, v2.2s
  2d71c:	fcvtl v6.2d, v6.2s
  2d720:	fcvtl v3.2d, v3.2s
  2d724:	fcvtl v1.2d, v1.2s
  2d728:	fadd v4.2d, v4.2d, v16.2d
  2d72c:	fadd v2.2d, v2.2d, v7.2d
  2d730:	fadd v3.2d, v3.2d, v6.2d
  2d734:	fadd v1.2d, v1.2d, v5.2d
  2d738:	ldr q5, [x1]
  2d73c:	fadd v2.2d, v2.2d, v4.2d
  2d740:	fadd v1.2d, v1.2d, v3.2d
  2d744:	fadd v1.2d, v1.2d, v2.2d
  2d748:	fadd v1.2d, v5.2d, v1.2d
  2d74c:	str q1, [x1], #16
  2d750:	cmp x0, #0x18
  2d754:	b.ne 0x2d6e4
  2d758:	ldp q5, q1, [x21, #-224]
  2d75c:	ldr q4, [sp, #208]
  2d760:	fadd v0.2d, v0.2d, v5.2d
  2d764:	fadd v3.2d, v17.2d, v1.2d
  2d768:	fadd v2.2d, v18.2d, v4.2d
  2d76c:	str q3, [x27, #32]
  2d770:	stp q2, q0, [x27]
  2d774:	ldp x21, x22, [sp, #32]
  2d778:	sbfiz x20, x20, #1, #31
  2d77c:	add x4, x4, x20
  2d780:	subs x23, x23, x20
  2d784:	add x27, x27, x20, lsl #3
  2d788:	b.eq 0x2cf24
  2d78c:	ldr x0, [x19, #8]
  2d790:	b 0x2cc8c
  2d794:	add x7, sp, #0x110
  2d798:	mov w5, #0x0
  2d79c:	ldr q0, [x7]
  2d7a0:	add w5, w5, #0x1
  2d7a4:	ldr q1, [x14]
  2d7a8:	str q17, [x14], #16
  2d7ac:	fadd v0.2d, v0.2d, v1.2d
  2d7b0:	str q0, [x7], #16
  2d7b4:	cmp w5, #0x3
  2d7b8:	b.ne 0x2d79c
  2d7bc:	ldur q18, [x21, #-176]
  2d7c0:	mov w7, #0x0
  2d7c4:	b 0x2d620
  2d7c8:	adrp x5, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2d7cc:	add x21, sp, #0x1c0
  2d7d0:	stp x25, x26, [sp, #64]
  2d7d4:	ldr q0, [x5, #1104]
  2d7d8:	str q0, [sp, #272]
  2d7dc:	stur q0, [x21, #-160]
  2d7e0:	cmp x0, #0x7
  2d7e4:	b.le 0x2d93c
  2d7e8:	lsl x16, x1, #2
  2d7ec:	lsl x15, x1, #3
  2d7f0:	add x5, x1, x1, lsl #1
  2d7f4:	add x13, x16, x1
  2d7f8:	sub x12, x15, x1
  2d7fc:	lsl x17, x1, #4
  2d800:	mov v3.16b, v0.16b
  2d804:	lsl x13, x13, #2
  2d808:	mov v18.16b, v0.16b
  2d80c:	lsl x12, x12, #2
  2d810:	lsl x18, x5, #2
  2d814:	lsl x6, x5, #3
  2d818:	lsl x8, x1, #5
  2d81c:	add x11, x2, #0x10
  2d820:	mov x10, x2
  2d824:	add x24, sp, #0x110
  2d828:	mov x9, #0x0
  2d82c:	mov w7, #0x0
  2d830:	mov x5, x10
  2d834:	mov x14, x24
  2d838:	ldr d5, [x5, x16]
  2d83c:	ldr d16, [x5, x15]
  2d840:	ldr d2, [x5, x18]
  2d844:	ldr d7, [x5, x17]
  2d848:	ldr d4, [x5, x13]
  2d84c:	ldr d6, [x5, x6]
  2d850:	ldr d1, [x5, x12]
  2d854:	add x5, x5, #0x8
  2d858:	fcvtl v5.2d, v5.2s
  2d85c:	ldur d17, [x5, #-8]
  2d860:	fcvtl v6.2d, v6.2s
  2d864:	fcvtl v16.2d, v16.2s
  2d868:	fcvtl v2.2d, v2.2s
  2d86c:	fcvtl v7.2d, v7.2s
  2d870:	fcvtl v4.2d, v4.2s
  2d874:	fcvtl v1.2d, v1.2s
  2d878:	fcvtl v17.2d, v17.2s
  2d87c:	fadd v2.2d, v2.2d, v16.2d
  2d880:	fadd v4.2d, v4.2d, v7.2d
  2d884:	fadd v1.2d, v1.2d, v6.2d
  2d888:	fadd v5.2d, v5.2d, v17.2d
  2d88c:	ldr q6, [x14]
  2d890:	fadd v1.2d, v1.2d, v4.2d
  2d894:	fadd v2.2d, v2.2d, v5.2d
  2d898:	fadd v1.2d, v1.2d, v2.2d
  2d89c:	fadd v1.2d, v6.2d, v1.2d
  2d8a0:	str q1, [x14], #16
  2d8a4:	cmp x5, x11
  2d8a8:	b.ne 0x2d838
  2d8ac:	add w7, w7, #0x1
  2d8b0:	cmp w7, #0x40
  2d8b4:	b.eq 0x2d9fc
  2d8b8:	add x9, x9, #0x1
  2d8bc:	add x10, x10, x8
  2d8c0:	add x11, x11, x8
  2d8c4:	cmp x9, x3
  2d8c8:	b.lt 0x2d830
  2d8cc:	cmp x0, #0x7
  2d8d0:	csinc x5, x3, xzr, gt
  2d8d4:	madd x2, x5, x8, x2
  2d8d8:	sub w26, w0, w3, lsl #3
  2d8dc:	cmp w26, #0x0
  2d8e0:	b.le 0x2d9e0
  2d8e4:	lsl x1, x1, #2
  2d8e8:	mov x24, x2
  2d8ec:	add x25, sp, #0x150
  2d8f0:	mov w22, #0x0
  2d8f4:	stp x27, x21, [sp, #104]
  2d8f8:	mov x27, x23
  2d8fc:	mov x21, x19
  2d900:	mov x23, x4
  2d904:	mov x19, x1
  2d908:	b 0x2d920
  2d90c:	add w22, w22, #0x1
  2d910:	str x0, [x25], #8
  2d914:	add x24, x24, x19
  2d918:	cmp w22, #0x8
  2d91c:	b.eq 0x2d944
  2d920:	mov x0, x24
  2d924:	cmp w26, w22
  2d928:	b.gt 0x2d90c
  2d92c:	stp q0, q3, [sp, #128]
  2d930:	bl 0x12ac0
  2d934:	ldp q0, q3, [sp, #128]
  2d938:	b 0x2d90c
  2d93c:	mov v3.16b, v0.16b
  2d940:	b 0x2d8d8
  2d944:	ldp x10, x9, [sp, #336]
  2d948:	mov x19, x21
  2d94c:	ldp x8, x7, [sp, #352]
  2d950:	mov x4, x23
  2d954:	ldp x6, x5, [sp, #368]
  2d958:	mov x23, x27
  2d95c:	ldp x27, x21, [sp, #104]
  2d960:	add x1, sp, #0x110
  2d964:	ldp x3, x2, [sp, #384]
  2d968:	mov x0, #0x0
  2d96c:	ldr d17, [x10, x0]
  2d970:	ldr d5, [x9, x0]
  2d974:	ldr d16, [x8, x0]
  2d978:	ldr d2, [x7, x0]
  2d97c:	ldr d7, [x6, x0]
  2d980:	ldr d4, [x5, x0]
  2d984:	ldr d6, [x3, x0]
  2d988:	fcvtl v17.2d, v17.2s
  2d98c:	ldr d1, [x2, x0]
  2d990:	fcvtl v5.2d, v5.2s
  2d994:	fcvtl v6.2d, v6.2s
  2d998:	fcvtl v16.2d, v16.2s
  2d99c:	fcvtl v2.2d, v2.2s
  2d9a0:	fcvtl v7.2d, v7.2s
  2d9a4:	fcvtl v4.2d, v4.2s
  2d9a8:	fcvtl v1.2d, v1.2s
  2d9ac:	fadd v5.2d, v5.2d, v17.2d
  2d9b0:	fadd v2.2d, v2.2d, v16.2d
  2d9b4:	fadd v4.2d, v4.2d, v7.2d
  2d9b8:	fadd v1.2d, v1.2d, v6.2d
  2d9bc:	ldr q6, [x1]
  2d9c0:	fadd v2.2d, v2.2d, v5.2d
  2d9c4:	fadd v1.2d, v1.2d, v4.2d
  2d9c8:	fadd v1.2d, v1.2d, v2.2d
  2d9cc:	fadd v1.2d, v6.2d, v1.2d
  2d9d0:	str q1, [x1], #16
  2d9d4:	cbnz x0, 0x2d9e0
  2d9d8:	mov x0, #0x8
  2d9dc:	b 0x2d96c
  2d9e0:	ldur q1, [x21, #-160]
  2d9e4:	ldr q2, [sp, #272]
  2d9e8:	fadd v0.2d, v0.2d, v1.2d
  2d9ec:	fadd v3.2d, v3.2d, v2.2d
  2d9f0:	stp q3, q0, [x27]
  2d9f4:	ldp x21, x22, [sp, #32]
  2d9f8:	b 0x2d778
  2d9fc:	ldp q2, q1, [x21, #-176]
  2da00:	mov w7, #0x0
  2da04:	stp q18, q18, [x21, #-176]
  2da08:	fadd v3.2d, v3.2d, v2.2d
  2da0c:	fadd v0.2d, v0.2d, v1.2d
  2da10:	b 0x2d8b8
  2da14:	mov v0.16b, v3.16b
  2da18:	sub w25, w0, w3, lsl #3
  2da1c:	cmp w25, #0x0
  2da20:	b.le 0x2db3c
  2da24:	lsl x26, x1, #2
  2da28:	add x24, sp, #0x150
  2da2c:	stp x21, x22, [sp, #32]
  2da30:	mov x22, x2
  2da34:	mov w21, #0x0
  2da38:	str x27, [sp, #104]
  2da3c:	mov x27, x23
  2da40:	mov x23, x4
  2da44:	b 0x2da5c
  2da48:	add w21, w21, #0x1
  2da4c:	str x0, [x24], #8
  2da50:	add x22, x22, x26
  2da54:	cmp w21, #0x8
  2da58:	b.eq 0x2dabc
  2da5c:	mov x0, x22
  2da60:	cmp w25, w21
  2da64:	b.gt 0x2da48
  2da68:	stp q0, q3, [sp, #112]
  2da6c:	bl 0x12ac0
  2da70:	ldp q0, q3, [sp, #112]
  2da74:	b 0x2da48
  2da78:	cmp x0, #0x7
  2da7c:	csinc x5, x3, xzr, gt
  2da80:	madd x2, x5, x11, x2
  2da84:	b 0x2da18
  2da88:	adrp x4, ad000 <absl::debian3::Status::kMovedFromString+0x268>
  2da8c:	add x6, x24, #0x40
  2da90:	ldr q1, [x4, #1104]
  2da94:	mov x4, x24
  2da98:	ldr q0, [x4]
  2da9c:	ldr q2, [x13]
  2daa0:	str q1, [x13], #16
  2daa4:	fadd v0.2d, v0.2d, v2.2d
  2daa8:	str q0, [x4], #16
  2daac:	cmp x4, x6
  2dab0:	b.ne 0x2da98
  2dab4:	mov w6, #0x0
  2dab8:	b 0x2d194
  2dabc:	ldp x8, x7, [sp, #336]
  2dac0:	mov x4, x23
  2dac4:	ldp x6, x5, [sp, #352]
  2dac8:	mov x23, x27
  2dacc:	ldp x3, x2, [sp, #368]
  2dad0:	ldp x1, x0, [sp, #384]
  2dad4:	ldr d2, [x5]
  2dad8:	ldr d16, [x6]
  2dadc:	ldr d4, [x2]
  2dae0:	ldr d7, [x3]
  2dae4:	ldr d1, [x0]
  2dae8:	ldr d6, [x1]
  2daec:	ldr d5, [x7]
  2daf0:	fcvtl v1.2d, v1.2s
  2daf4:	ldr d17, [x8]
  2daf8:	fcvtl v6.2d, v6.2s
  2dafc:	fcvtl v4.2d, v4.2s
  2db00:	fcvtl v7.2d, v7.2s
  2db04:	fcvtl v2.2d, v2.2s
  2db08:	fcvtl v16.2d, v16.2s
  2db0c:	fcvtl v5.2d, v5.2s
  2db10:	fcvtl v17.2d, v17.2s
  2db14:	fadd v1.2d, v1.2d, v6.2d
  2db18:	fadd v4.2d, v4.2d, v7.2d
  2db1c:	fadd v2.2d, v2.2d, v16.2d
  2db20:	fadd v5.2d, v5.2d, v17.2d
  2db24:	ldp x21, x22, [sp, #32]
  2db28:	fadd v1.2d, v1.2d, v4.2d
  2db2c:	fadd v2.2d, v2.2d, v5.2d
  2db30:	ldr x27, [sp, #104]
  2db34:	fadd v1.2d, v1.2d, v2.2d
  2db38:	fadd v0.2d, v0.2d, v1.2d
  2db3c:	fadd v0.2d, v0.2d, v3.2d
  2db40:	str q0, [x27]
  2db44:	b 0x2d778
  2db48:	ldp x9, x8, [sp, #336]
  2db4c:	mov x1, x22
  2db50:	ldp x7, x6, [sp, #352]
  2db54:	mov x0, #0x0
  2db58:	ldp x5, x4, [sp, #368]
  2db5c:	ldp x3, x2, [sp, #384]
  2db60:	ldr d7, [x9, x0, lsl #3]
  2db64:	ldr d3, [x8, x0, lsl #3]
  2db68:	ldr d6, [x7, x0, lsl #3]
  2db6c:	ldr d1, [x6, x0, lsl #3]
  2db70:	ldr d5, [x5, x0, lsl #3]
  2db74:	ldr d2, [x4, x0, lsl #3]
  2db78:	ldr d4, [x3, x0, lsl #3]
  2db7c:	fcvtl v7.2d, v7.2s
  2db80:	ldr d0, [x2, x0, lsl #3]
  2db84:	fcvtl v3.2d, v3.2s
  2db88:	add x0, x0, #0x1
  2db8c:	fcvtl v4.2d, v4.2s
  2db90:	fcvtl v6.2d, v6.2s
  2db94:	fcvtl v1.2d, v1.2s
  2db98:	fcvtl v5.2d, v5.2s
  2db9c:	fcvtl v2.2d, v2.2s
  2dba0:	fcvtl v0.2d, v0.2s
  2dba4:	fadd v3.2d, v3.2d, v7.2d
  2dba8:	fadd v1.2d, v1.2d, v6.2d
  2dbac:	fadd v2.2d, v2.2d, v5.2d
  2dbb0:	fadd v0.2d, v0.2d, v4.2d
  2dbb4:	ldr q4, [x1]
  2dbb8:	fadd v1.2d, v1.2d, v3.2d
  2dbbc:	fadd v0.2d, v0.2d, v2.2d
  2dbc0:	fadd v0.2d, v0.2d, v1.2d
  2dbc4:	fadd v0.2d, v4.2d, v0.2d
  2dbc8:	str q0, [x1], #16
  2dbcc:	cmp x0, #0x4
  2dbd0:	b.ne 0x2db60
  2dbd4:	ldp x25, x26, [sp, #64]
  2dbd8:	mov x0, #0x0
  2dbdc:	ldr q0, [x24], #16
  2dbe0:	ldr q1, [x22], #16
  2dbe4:	fadd v0.2d, v0.2d, v1.2d
  2dbe8:	str q0, [x27, x0]
  2dbec:	add x0, x0, #0x10
  2dbf0:	cmp x0, #0x40
  2dbf4:	b.ne 0x2dbdc
  2dbf8:	ldp x21, x22, [sp, #32]
  2dbfc:	b 0x2cf28

