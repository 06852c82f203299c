10210 <raptors::(anonymous namespace)::WriteSums(bool, long, double const*, long, raptors::MutableVectorView const&, long)>:
  10210:	ldr w6, [x4, #8]
  10214:	and w0, w0, #0xff
  10218:	ldr x7, [x4]
  1021c:	ldr x4, [x4, #24]
  10220:	cbnz w6, 0x10268
  10224:	cbz w0, 0x10338
  10228:	cbnz x1, 0x102f4
  1022c:	cmp x4, #0x1
  10230:	b.eq 0x103b0
  10234:	cmp x3, #0x0
  10238:	b.le 0x10264
  1023c:	mul x0, x5, x4
  10240:	lsl x4, x4, #2
  10244:	mov w2, #0x7fc00000
  10248:	fmov s0, w2
  1024c:	add x0, x7, x0, lsl #2
  10250:	add x1, x1, #0x1
  10254:	str s0, [x0]
  10258:	add x0, x0, x4
  1025c:	cmp x3, x1
  10260:	b.ne 0x10250
  10264:	ret
  10268:	cbz w0, 0x10374
  1026c:	cbnz x1, 0x102b0
  10270:	cmp x4, #0x1
  10274:	b.eq 0x1040c
  10278:	cmp x3, #0x0
  1027c:	b.le 0x10264
  10280:	mul x0, x5, x4
  10284:	lsl x4, x4, #3
  10288:	mov x2, #0x7ff8000000000000
  1028c:	fmov d0, x2
  10290:	add x0, x7, x0, lsl #3
  10294:	nop
  10298:	add x1, x1, #0x1
  1029c:	str d0, [x0]
  102a0:	add x0, x0, x4
  102a4:	cmp x3, x1
  102a8:	b.ne 0x10298
  102ac:	ret
  102b0:	scvtf d0, x1
  102b4:	cmp x4, #0x1
  102b8:	b.eq 0x103e0
  102bc:	cmp x3, #0x0
  102c0:	b.le 0x10264
  102c4:	mul x0, x5, x4
  102c8:	add x3, x2, x3, lsl #3
  102cc:	lsl x4, x4, #3
  102d0:	add x0, x7, x0, lsl #3
  102d4:	nop
  102d8:	ldr d1, [x2], #8
  102dc:	fdiv d1, d1, d0
  102e0:	str d1, [x0]
  102e4:	add x0, x0, x4
  102e8:	cmp x3, x2
  102ec:	b.ne 0x102d8
  102f0:	ret
  102f4:	scvtf d0, x1
  102f8:	cmp x4, #0x1
  102fc:	b.eq 0x10438
  10300:	cmp x3, #0x0
  10304:	b.le 0x10264
  10308:	mul x0, x5, x4
  1030c:	add x3, x2, x3, lsl #3
  10310:	lsl x4, x4, #2
  10314:	add x0, x7, x0, lsl #2
  10318:	ldr d1, [x2], #8
  1031c:	fdiv d1, d1, d0
  10320:	fcvt s1, d1
  10324:	str s1, [x0]
  10328:	add x0, x0, x4
  1032c:	cmp x3, x2
  10330:	b.ne 0x10318
  10334:	ret
  10338:	cmp x4, #0x1
  1033c:	b.eq 0x10490
  10340:	cmp x3, #0x0
  10344:	b.le 0x10264
  10348:	mul x0, x5, x4
  1034c:	add x3, x2, x3, lsl #3
  10350:	lsl x4, x4, #2
  10354:	add x0, x7, x0, lsl #2
  10358:	ldr d0, [x2], #8
  1035c:	fcvt s0, d0
  10360:	str s0, [x0]
  10364:	add x0, x0, x4
  10368:	cmp x2, x3
  1036c:	b.ne 0x10358
  10370:	ret
  10374:	cmp x4, #0x1
  10378:	b.eq 0x10468
  1037c:	cmp x3, #0x0
  10380:	b.le 0x10264
  10384:	mul x0, x5, x4
  10388:	add x3, x2, x3, lsl #3
  1038c:	lsl x4, x4, #3
  10390:	add x0, x7, x0, lsl #3
  10394:	nop
  10398:	ldr d0, [x2], #8
  1039c:	str d0, [x0]
  103a0:	add x0, x0, x4
  103a4:	cmp x3, x2
  103a8:	b.ne 0x10398
  103ac:	ret
  103b0:	cmp x3, #0x0
  103b4:	b.le 0x10264
  103b8:	add x3, x3, x5
  103bc:	add x5, x7, x5, lsl #2
  103c0:	mov w0, #0x7fc00000
  103c4:	fmov s0, w0
  103c8:	add x3, x7, x3, lsl #2
  103cc:	nop
  103d0:	str s0, [x5], #4
  103d4:	cmp x3, x5
  103d8:	b.ne 0x103d0
  103dc:	ret
  103e0:	cmp x3, #0x0
  103e4:	b.le 0x10264
  103e8:	add x5, x7, x5, lsl #3
  103ec:	mov x0, #0x0
  103f0:	ldr d1, [x2, x0, lsl #3]
  103f4:	fdiv d1, d1, d0
  103f8:	str d1, [x5, x0, lsl #3]
  103fc:	add x0, x0, #0x1
  10400:	cmp x3, x0
  10404:	b.ne 0x103f0
  10408:	ret
  1040c:	cmp x3, #0x0
  10410:	b.le 0x10264
  10414:	add x3, x3, x5
  10418:	add x5, x7, x5, lsl #3
  1041c:	mov x0, #0x7ff8000000000000
  10420:	fmov d0, x0
  10424:	add x3, x7, x3, lsl #3
  10428:	str d0, [x5], #8
  1042c:	cmp x5, x3
  10430:	b.ne 0x10428
  10434:	ret
  10438:	cmp x3, #0x0
  1043c:	b.le 0x10264
  10440:	add x5, x7, x5, lsl #2
  10444:	mov x0, #0x0
  10448:	ldr d1, [x2, x0, lsl #3]
  1044c:	fdiv d1, d1, d0
  10450:	fcvt s1, d1
  10454:	str s1, [x5, x0, lsl #2]
  10458:	add x0, x0, #0x1
  1045c:	cmp x3, x0
  10460:	b.ne 0x10448
  10464:	ret
  10468:	cmp x3, #0x0
  1046c:	b.le 0x10264
  10470:	add x5, x7, x5, lsl #3
  10474:	mov x0, #0x0
  10478:	ldr d0, [x2, x0, lsl #3]
  1047c:	str d0, [x5, x0, lsl #3]
  10480:	add x0, x0, #0x1
  10484:	cmp x3, x0
  10488:	b.ne 0x10478
  1048c:	ret
  10490:	cmp x3, #0x0
  10494:	b.le 0x10264
  10498:	add x5, x7, x5, lsl #2
  1049c:	mov x0, #0x0
  104a0:	ldr d0, [x2, x0, lsl #3]
  104a4:	fcvt s0, d0
  104a8:	str s0, [x5, x0, lsl #2]
  104ac:	add x0, x0, #0x1
  104b0:	cmp x3, x0
  104b4:	b.ne 0x104a0
  104b8:	ret
  104bc:	nop

5ef50 <void raptors::sve::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*) [clone .part.0]>:
  5ef50:	sub sp, sp, #0x160
  5ef54:	mov x7, x1
  5ef58:	sub sp, sp, #0x14, lsl #12
  5ef5c:	stp x29, x30, [sp]
  5ef60:	mov x29, sp
  5ef64:	stp x19, x20, [sp, #16]
  5ef68:	mov x20, x0
  5ef6c:	stp x23, x24, [sp, #48]
  5ef70:	mov x23, x2
  5ef74:	add x2, sp, #0x16f
  5ef78:	stp x25, x26, [sp, #64]
  5ef7c:	and x6, x2, #0xffffffffffffffc0
  5ef80:	mov x25, x3
  5ef84:	ldr x0, [x0, #8]
  5ef88:	cmp x23, #0x0
  5ef8c:	b.le 0x5f6c8
  5ef90:	addvl x4, x6, #-1
  5ef94:	cntd x1
  5ef98:	mov w5, w23
  5ef9c:	mov x8, x1
  5efa0:	addvl x2, x6, #-1
  5efa4:	add x3, x6, #0x8, lsl #12
  5efa8:	add x4, x4, #0x8, lsl #12
  5efac:	whilelo p0.d, wzr, w23
  5efb0:	mov z0.d, #0x8000000000000000
  5efb4:	st1d {z0.d}, p0, [x2, x1, lsl #3]
  5efb8:	st1d {z0.d}, p0, [x4, x1, lsl #3]
  5efbc:	whilelo p0.d, w1, w5
  5efc0:	add x1, x1, x8
  5efc4:	b.ne 0x5efb4
  5efc8:	cmp x0, #0x0
  5efcc:	b.le 0x5f270
  5efd0:	cntd x1
  5efd4:	add x9, sp, #0xb0
  5efd8:	sbfiz x5, x1, #2, #32
  5efdc:	sxtw x19, w1
  5efe0:	stp x27, x28, [sp, #80]
  5efe4:	sbfiz x28, x1, #3, #32
  5efe8:	adrp x1, 134000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  5efec:	add x8, x1, #0xc80
  5eff0:	mov x10, x6
  5eff4:	mov x11, x8
  5eff8:	mov x13, x25
  5effc:	mov x12, x9
  5f000:	mov x8, x7
  5f004:	stp x21, x22, [sp, #32]
  5f008:	add x22, sp, #0xf0
  5f00c:	mov w1, #0x0
  5f010:	mov x24, #0x0
  5f014:	stp x28, x5, [sp, #152]
  5f018:	sub x21, x0, x24
  5f01c:	ldr x25, [x20, #32]
  5f020:	cmp x21, #0x8
  5f024:	mov x2, #0x8
  5f028:	add w9, w1, #0x1
  5f02c:	csel x21, x21, x2, le
  5f030:	cmp x25, #0x1
  5f034:	b.eq 0x5f5bc
  5f038:	cmp x23, #0x0
  5f03c:	b.le 0x5f694
  5f040:	add x18, x10, #0x8, lsl #12
  5f044:	mov x17, x8
  5f048:	mov x5, x18
  5f04c:	add x27, x10, #0x10, lsl #12
  5f050:	lsl x3, x25, #2
  5f054:	mov x15, #0x0
  5f058:	mov x26, #0x100
  5f05c:	mov w16, #0x1
  5f060:	cntd x4
  5f064:	mov x28, #0x1
  5f068:	str w9, [sp, #104]
  5f06c:	mov z4.d, #0x8000000000000000
  5f070:	stp x10, x8, [sp, #112]
  5f074:	ptrue p0.b
  5f078:	stp x13, x0, [sp, #128]
  5f07c:	str x12, [sp, #144]
  5f080:	sub x1, x23, x15
  5f084:	mul x9, x17, x25
  5f088:	cmp x1, #0x100
  5f08c:	mov x2, x27
  5f090:	csel x1, x1, x26, le
  5f094:	mov x8, x24
  5f098:	mov w6, w1
  5f09c:	mov w7, #0x0
  5f0a0:	cmp w21, w7
  5f0a4:	b.le 0x5f574
  5f0a8:	ldr x10, [x20, #24]
  5f0ac:	mov x0, #0x0
  5f0b0:	ldr x12, [x20]
  5f0b4:	madd x10, x8, x10, x9
  5f0b8:	add x10, x12, x10, lsl #2
  5f0bc:	nop
  5f0c0:	ldr s0, [x10]
  5f0c4:	add x10, x10, x3
  5f0c8:	fcvt d0, s0
  5f0cc:	str d0, [x2, x0, lsl #3]
  5f0d0:	add x0, x0, #0x1
  5f0d4:	cmp w6, w0
  5f0d8:	b.gt 0x5f0c0
  5f0dc:	add w7, w7, #0x1
  5f0e0:	str x2, [x22, x8, lsl #3]
  5f0e4:	add x2, x2, #0x800
  5f0e8:	add x8, x8, #0x1
  5f0ec:	cmp w7, #0x8
  5f0f0:	b.ne 0x5f0a0
  5f0f4:	ldp x13, x12, [sp, #240]
  5f0f8:	ldp x10, x9, [sp, #256]
  5f0fc:	ldp x8, x7, [sp, #272]
  5f100:	ldp x6, x2, [sp, #288]
  5f104:	cmp x1, x19
  5f108:	b.lt 0x5f5b4
  5f10c:	mov x30, x19
  5f110:	mov x0, #0x0
  5f114:	nop
  5f118:	ld1d {z3.d}, p0/z, [x9, x0, lsl #3]
  5f11c:	ld1d {z1.d}, p0/z, [x12, x0, lsl #3]
  5f120:	ld1d {z2.d}, p0/z, [x10, x0, lsl #3]
  5f124:	fadd z2.d, z2.d, z3.d
  5f128:	ld1d {z3.d}, p0/z, [x7, x0, lsl #3]
  5f12c:	ld1d {z0.d}, p0/z, [x13, x0, lsl #3]
  5f130:	ld1d {z5.d}, p0/z, [x2, x0, lsl #3]
  5f134:	fadd z0.d, z0.d, z1.d
  5f138:	mov x14, x30
  5f13c:	ld1d {z1.d}, p0/z, [x8, x0, lsl #3]
  5f140:	fadd z0.d, z0.d, z2.d
  5f144:	fadd z1.d, z1.d, z3.d
  5f148:	ld1d {z2.d}, p0/z, [x5, x0, lsl #3]
  5f14c:	ld1d {z3.d}, p0/z, [x6, x0, lsl #3]
  5f150:	add x30, x30, x19
  5f154:	fadd z3.d, z3.d, z5.d
  5f158:	fadd z1.d, z1.d, z3.d
  5f15c:	fadd z0.d, z0.d, z1.d
  5f160:	fadd z0.d, z2.d, z0.d
  5f164:	st1d {z0.d}, p0, [x5, x0, lsl #3]
  5f168:	add x0, x0, x19
  5f16c:	cmp x1, x30
  5f170:	b.ge 0x5f118
  5f174:	cmp x1, x14
  5f178:	b.le 0x5f214
  5f17c:	add x0, x15, x14
  5f180:	lsl x30, x14, #3
  5f184:	cmp x1, x14
  5f188:	add x13, x13, x30
  5f18c:	add x0, x18, x0, lsl #3
  5f190:	add x12, x12, x30
  5f194:	add x10, x10, x30
  5f198:	add x9, x9, x30
  5f19c:	add x8, x8, x30
  5f1a0:	add x7, x7, x30
  5f1a4:	add x6, x6, x30
  5f1a8:	add x2, x2, x30
  5f1ac:	mov x30, #0x0
  5f1b0:	sub x1, x1, x14
  5f1b4:	csel x1, x1, x28, gt
  5f1b8:	whilelo p1.d, xzr, x1
  5f1bc:	nop
  5f1c0:	ld1d {z1.d}, p1/z, [x13, x30, lsl #3]
  5f1c4:	ld1d {z2.d}, p1/z, [x10, x30, lsl #3]
  5f1c8:	ld1d {z3.d}, p1/z, [x8, x30, lsl #3]
  5f1cc:	ld1d {z0.d}, p1/z, [x12, x30, lsl #3]
  5f1d0:	fadd z0.d, z0.d, z1.d
  5f1d4:	ld1d {z5.d}, p1/z, [x6, x30, lsl #3]
  5f1d8:	ld1d {z1.d}, p1/z, [x9, x30, lsl #3]
  5f1dc:	fadd z1.d, z1.d, z2.d
  5f1e0:	ld1d {z2.d}, p1/z, [x7, x30, lsl #3]
  5f1e4:	fadd z1.d, z1.d, z0.d
  5f1e8:	fadd z2.d, z2.d, z3.d
  5f1ec:	ld1d {z0.d}, p1/z, [x2, x30, lsl #3]
  5f1f0:	ld1d {z3.d}, p1/z, [x0, x30, lsl #3]
  5f1f4:	fadd z0.d, z0.d, z5.d
  5f1f8:	fadd z0.d, z0.d, z2.d
  5f1fc:	fadd z0.d, z0.d, z1.d
  5f200:	fadd z0.d, z0.d, z3.d
  5f204:	st1d {z0.d}, p1, [x0, x30, lsl #3]
  5f208:	add x30, x30, x4
  5f20c:	whilelo p1.d, x30, x1
  5f210:	b.ne 0x5f1c0
  5f214:	add x15, x15, #0x100
  5f218:	add x17, x17, #0x100
  5f21c:	add x5, x5, #0x800
  5f220:	cmp x23, x15
  5f224:	b.gt 0x5f080
  5f228:	ldr w9, [sp, #104]
  5f22c:	ldp x10, x8, [sp, #112]
  5f230:	ldp x13, x0, [sp, #128]
  5f234:	ldr x12, [sp, #144]
  5f238:	cmp w9, #0x40
  5f23c:	b.eq 0x5f528
  5f240:	mov w1, w9
  5f244:	add x24, x24, #0x8
  5f248:	sub x22, x22, #0x40
  5f24c:	cmp x0, x24
  5f250:	b.gt 0x5f018
  5f254:	ldp x21, x22, [sp, #32]
  5f258:	mov x25, x13
  5f25c:	ldp x27, x28, [sp, #80]
  5f260:	addvl x2, x10, #-1
  5f264:	add x3, x10, #0x8, lsl #12
  5f268:	cmp x23, #0x0
  5f26c:	b.le 0x5f2a4
  5f270:	cntd x0
  5f274:	decb x25
  5f278:	decb x3
  5f27c:	mov w1, w23
  5f280:	mov x4, x0
  5f284:	whilelo p0.d, wzr, w23
  5f288:	ld1d {z1.d}, p0/z, [x2, x0, lsl #3]
  5f28c:	ld1d {z0.d}, p0/z, [x3, x0, lsl #3]
  5f290:	fadd z0.d, z0.d, z1.d
  5f294:	st1d {z0.d}, p0, [x25, x0, lsl #3]
  5f298:	whilelo p0.d, w0, w1
  5f29c:	add x0, x0, x4
  5f2a0:	b.ne 0x5f288
  5f2a4:	ldp x29, x30, [sp]
  5f2a8:	ldp x19, x20, [sp, #16]
  5f2ac:	ldp x23, x24, [sp, #48]
  5f2b0:	ldp x25, x26, [sp, #64]
  5f2b4:	add sp, sp, #0x160
  5f2b8:	add sp, sp, #0x14, lsl #12
  5f2bc:	ret
  5f2c0:	mov x20, x23
  5f2c4:	mov x8, x24
  5f2c8:	ldp x10, x23, [sp, #136]
  5f2cc:	mov x11, x25
  5f2d0:	ldr x19, [sp, #120]
  5f2d4:	mov x13, x27
  5f2d8:	ldp x24, x22, [sp, #104]
  5f2dc:	mov x12, x28
  5f2e0:	ldp x26, x25, [sp, #176]
  5f2e4:	ldp x21, x17, [sp, #192]
  5f2e8:	ldp x16, x15, [sp, #208]
  5f2ec:	ldp x14, x5, [sp, #224]
  5f2f0:	ldr w9, [sp, #128]
  5f2f4:	cmp x23, x19
  5f2f8:	b.lt 0x5f6a4
  5f2fc:	ldp x6, x7, [sp, #152]
  5f300:	ptrue p0.b
  5f304:	add x18, x10, #0x8, lsl #12
  5f308:	mov x2, x19
  5f30c:	mov x1, x18
  5f310:	mov x0, #0x0
  5f314:	nop
  5f318:	add x3, x25, x0
  5f31c:	ld1w {z1.d}, p0/z, [x3]
  5f320:	add x3, x21, x0
  5f324:	ld1w {z2.d}, p0/z, [x3]
  5f328:	add x3, x17, x0
  5f32c:	fcvt z1.d, p0/m, z1.s
  5f330:	ld1w {z3.d}, p0/z, [x3]
  5f334:	add x3, x16, x0
  5f338:	add x4, x26, x0
  5f33c:	fcvt z3.d, p0/m, z3.s
  5f340:	ld1w {z0.d}, p0/z, [x4]
  5f344:	fcvt z2.d, p0/m, z2.s
  5f348:	fcvt z0.d, p0/m, z0.s
  5f34c:	fadd z2.d, z2.d, z3.d
  5f350:	fadd z0.d, z0.d, z1.d
  5f354:	ld1w {z1.d}, p0/z, [x3]
  5f358:	add x3, x14, x0
  5f35c:	add x4, x15, x0
  5f360:	fadd z0.d, z0.d, z2.d
  5f364:	ld1w {z3.d}, p0/z, [x4]
  5f368:	ld1w {z2.d}, p0/z, [x3]
  5f36c:	fcvt z3.d, p0/m, z3.s
  5f370:	add x3, x5, x0
  5f374:	fcvt z1.d, p0/m, z1.s
  5f378:	ld1w {z4.d}, p0/z, [x3]
  5f37c:	fadd z1.d, z1.d, z3.d
  5f380:	mov x3, x2
  5f384:	ld1d {z3.d}, p0/z, [x1]
  5f388:	fcvt z2.d, p0/m, z2.s
  5f38c:	fcvt z4.d, p0/m, z4.s
  5f390:	add x2, x2, x19
  5f394:	fadd z2.d, z2.d, z4.d
  5f398:	fadd z1.d, z1.d, z2.d
  5f39c:	fadd z0.d, z0.d, z1.d
  5f3a0:	fadd z0.d, z3.d, z0.d
  5f3a4:	st1d {z0.d}, p0, [x1]
  5f3a8:	add x0, x0, x7
  5f3ac:	add x1, x1, x6
  5f3b0:	cmp x23, x2
  5f3b4:	b.ge 0x5f318
  5f3b8:	mov x2, x3
  5f3bc:	cmp x23, x3
  5f3c0:	b.le 0x5f514
  5f3c4:	lsl x0, x2, #2
  5f3c8:	cmp x23, x2
  5f3cc:	add x26, x26, x0
  5f3d0:	add x25, x25, x0
  5f3d4:	add x21, x21, x0
  5f3d8:	add x17, x17, x0
  5f3dc:	add x16, x16, x0
  5f3e0:	add x15, x15, x0
  5f3e4:	add x14, x14, x0
  5f3e8:	add x5, x5, x0
  5f3ec:	cntb x4, all, mul #2
  5f3f0:	mov x0, #0x0
  5f3f4:	cntw x3
  5f3f8:	add x1, x18, x2, lsl #3
  5f3fc:	sub x2, x23, x2
  5f400:	ptrue p0.b
  5f404:	csinc x2, x2, xzr, gt
  5f408:	whilelo p1.s, xzr, x2
  5f40c:	ld1w {z1.s}, p1/z, [x26, x0, lsl #2]
  5f410:	zip1 z2.s, z1.s, z1.s
  5f414:	zip2 z1.s, z1.s, z1.s
  5f418:	fcvt z2.d, p0/m, z2.s
  5f41c:	fcvt z1.d, p0/m, z1.s
  5f420:	ld1w {z0.s}, p1/z, [x25, x0, lsl #2]
  5f424:	zip1 z4.s, z0.s, z0.s
  5f428:	zip2 z0.s, z0.s, z0.s
  5f42c:	fcvt z4.d, p0/m, z4.s
  5f430:	fcvt z0.d, p0/m, z0.s
  5f434:	fadd z4.d, z4.d, z2.d
  5f438:	fadd z2.d, z0.d, z1.d
  5f43c:	ld1w {z1.s}, p1/z, [x21, x0, lsl #2]
  5f440:	zip1 z3.s, z1.s, z1.s
  5f444:	fcvt z3.d, p0/m, z3.s
  5f448:	ld1w {z0.s}, p1/z, [x17, x0, lsl #2]
  5f44c:	zip2 z6.s, z1.s, z1.s
  5f450:	zip2 z5.s, z0.s, z0.s
  5f454:	fcvt z6.d, p0/m, z6.s
  5f458:	zip1 z1.s, z0.s, z0.s
  5f45c:	fcvt z5.d, p0/m, z5.s
  5f460:	fcvt z1.d, p0/m, z1.s
  5f464:	fadd z5.d, z5.d, z6.d
  5f468:	fadd z1.d, z1.d, z3.d
  5f46c:	fadd z5.d, z5.d, z2.d
  5f470:	ld1w {z2.s}, p1/z, [x16, x0, lsl #2]
  5f474:	zip2 z3.s, z2.s, z2.s
  5f478:	zip1 z2.s, z2.s, z2.s
  5f47c:	fcvt z3.d, p0/m, z3.s
  5f480:	fcvt z2.d, p0/m, z2.s
  5f484:	ld1w {z0.s}, p1/z, [x15, x0, lsl #2]
  5f488:	fadd z1.d, z1.d, z4.d
  5f48c:	zip2 z6.s, z0.s, z0.s
  5f490:	zip1 z0.s, z0.s, z0.s
  5f494:	fcvt z6.d, p0/m, z6.s
  5f498:	fcvt z0.d, p0/m, z0.s
  5f49c:	fadd z6.d, z6.d, z3.d
  5f4a0:	fadd z3.d, z0.d, z2.d
  5f4a4:	ld1w {z2.s}, p1/z, [x14, x0, lsl #2]
  5f4a8:	ld1w {z0.s}, p1/z, [x5, x0, lsl #2]
  5f4ac:	punpkhi p2.h, p1.b
  5f4b0:	zip2 z7.s, z2.s, z2.s
  5f4b4:	punpklo p1.h, p1.b
  5f4b8:	zip1 z4.s, z2.s, z2.s
  5f4bc:	fcvt z7.d, p0/m, z7.s
  5f4c0:	zip2 z2.s, z0.s, z0.s
  5f4c4:	fcvt z4.d, p0/m, z4.s
  5f4c8:	zip1 z0.s, z0.s, z0.s
  5f4cc:	fcvt z2.d, p0/m, z2.s
  5f4d0:	fcvt z0.d, p0/m, z0.s
  5f4d4:	fadd z2.d, z2.d, z7.d
  5f4d8:	fadd z0.d, z0.d, z4.d
  5f4dc:	fadd z2.d, z2.d, z6.d
  5f4e0:	fadd z0.d, z0.d, z3.d
  5f4e4:	fadd z2.d, z2.d, z5.d
  5f4e8:	ld1d {z3.d}, p1/z, [x1]
  5f4ec:	fadd z0.d, z0.d, z1.d
  5f4f0:	ld1d {z1.d}, p2/z, [x1, #1, mul vl]
  5f4f4:	fadd z0.d, z0.d, z3.d
  5f4f8:	fadd z1.d, z2.d, z1.d
  5f4fc:	st1d {z1.d}, p2, [x1, #1, mul vl]
  5f500:	st1d {z0.d}, p1, [x1]
  5f504:	add x0, x0, x3
  5f508:	add x1, x1, x4
  5f50c:	whilelo p1.s, x0, x2
  5f510:	b.ne 0x5f40c
  5f514:	ldr x0, [x20, #8]
  5f518:	cmp w9, #0x40
  5f51c:	b.ne 0x5f240
  5f520:	cmp x23, #0x0
  5f524:	b.le 0x5f56c
  5f528:	cntd x2
  5f52c:	mov w4, w23
  5f530:	mov x5, x2
  5f534:	mov x1, x10
  5f538:	cntb x3
  5f53c:	whilelo p0.d, wzr, w23
  5f540:	mov z2.d, #0x8000000000000000
  5f544:	ld1d {z1.d}, p0/z, [x1]
  5f548:	ld1d {z0.d}, p0/z, [x18]
  5f54c:	fadd z0.d, z0.d, z1.d
  5f550:	st1d {z0.d}, p0, [x1]
  5f554:	st1d {z2.d}, p0, [x18]
  5f558:	add x1, x1, x3
  5f55c:	whilelo p0.d, w2, w4
  5f560:	add x18, x18, x3
  5f564:	add x2, x2, x5
  5f568:	b.ne 0x5f544
  5f56c:	mov w1, #0x0
  5f570:	b 0x5f244
  5f574:	cmp w6, #0x0
  5f578:	mov x0, #0x0
  5f57c:	csel w10, w1, w16, gt
  5f580:	whilelo p1.d, wzr, w10
  5f584:	nop
  5f588:	st1d {z4.d}, p1, [x2, x0, lsl #3]
  5f58c:	add x0, x0, x4
  5f590:	whilelo p1.d, w0, w10
  5f594:	b.ne 0x5f588
  5f598:	add w7, w7, #0x1
  5f59c:	str x2, [x22, x8, lsl #3]
  5f5a0:	add x2, x2, #0x800
  5f5a4:	add x8, x8, #0x1
  5f5a8:	cmp w7, #0x8
  5f5ac:	b.ne 0x5f0a0
  5f5b0:	b 0x5f0f4
  5f5b4:	mov x14, #0x0
  5f5b8:	b 0x5f17c
  5f5bc:	sub x2, x12, x24, lsl #3
  5f5c0:	mov w27, #0x0
  5f5c4:	mov x25, x11
  5f5c8:	mov x28, x12
  5f5cc:	stp x24, x22, [sp, #104]
  5f5d0:	mov x22, x2
  5f5d4:	str x19, [sp, #120]
  5f5d8:	mov w19, w21
  5f5dc:	mov x21, x24
  5f5e0:	mov x24, x8
  5f5e4:	str w9, [sp, #128]
  5f5e8:	stp x10, x23, [sp, #136]
  5f5ec:	mov x23, x20
  5f5f0:	mov w20, w27
  5f5f4:	mov x27, x13
  5f5f8:	b 0x5f624
  5f5fc:	ldp x0, x1, [x23, #24]
  5f600:	ldr x3, [x23]
  5f604:	mul x1, x24, x1
  5f608:	madd x0, x21, x0, x1
  5f60c:	add x0, x3, x0, lsl #2
  5f610:	add w20, w20, #0x1
  5f614:	str x0, [x22, x21, lsl #3]
  5f618:	add x21, x21, #0x1
  5f61c:	cmp w20, #0x8
  5f620:	b.eq 0x5f2c0
  5f624:	cmp w19, w20
  5f628:	b.gt 0x5f5fc
  5f62c:	ldar x0, [x25]
  5f630:	adrp x26, 134000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  5f634:	and x1, x0, #0x1
  5f638:	tbz w0, #0, 0x5f644
  5f63c:	add x0, x26, #0xcc0
  5f640:	b 0x5f610
  5f644:	mov x0, x25
  5f648:	adrp x26, 134000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  5f64c:	str x1, [sp, #168]
  5f650:	bl 0x9750
  5f654:	cbz w0, 0x5f63c
  5f658:	ldr x1, [sp, #168]
  5f65c:	mov z0.s, #0x80000000
  5f660:	add x6, x26, #0xcc0
  5f664:	cntw x10
  5f668:	mov w0, #0x1000
  5f66c:	whilelo p0.s, wzr, w0
  5f670:	st1w {z0.s}, p0, [x6, x1, lsl #2]
  5f674:	add x1, x1, x10
  5f678:	whilelo p0.s, w1, w0
  5f67c:	b.ne 0x5f670
  5f680:	adrp x0, 134000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  5f684:	add x0, x0, #0xc80
  5f688:	bl 0x9100
  5f68c:	add x0, x26, #0xcc0
  5f690:	b 0x5f610
  5f694:	cmp w1, #0x3f
  5f698:	b.ne 0x5f240
  5f69c:	mov w1, #0x0
  5f6a0:	b 0x5f244
  5f6a4:	add x18, x10, #0x8, lsl #12
  5f6a8:	mov x2, #0x0
  5f6ac:	cmp x23, #0x0
  5f6b0:	b.gt 0x5f3c4
  5f6b4:	ldr x0, [x20, #8]
  5f6b8:	cmp w9, #0x40
  5f6bc:	b.ne 0x5f240
  5f6c0:	mov w1, #0x0
  5f6c4:	b 0x5f244
  5f6c8:	cmp x0, #0x0
  5f6cc:	b.gt 0x5efd0
  5f6d0:	b 0x5f2a4
  5f6d4:	nop
  5f6d8:	nop
  5f6dc:	nop

