42d10 <void raptors::neon::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*)>:
  42d10:	sub sp, sp, #0x1d0
  42d14:	sub sp, sp, #0x10, lsl #12
  42d18:	stp x29, x30, [sp]
  42d1c:	mov x29, sp
  42d20:	ldr x12, [x0, #8]
  42d24:	stp x21, x22, [sp, #32]
  42d28:	mov x22, x3
  42d2c:	cbz x12, 0x43914
  42d30:	ldr x17, [x0, #32]
  42d34:	stp x19, x20, [sp, #16]
  42d38:	mov x19, x0
  42d3c:	stp x23, x24, [sp, #48]
  42d40:	mov x24, x1
  42d44:	stp x25, x26, [sp, #64]
  42d48:	add x26, sp, #0x1df
  42d4c:	and x26, x26, #0xffffffffffffffc0
  42d50:	cmp x17, #0x1
  42d54:	b.eq 0x439e4
  42d58:	ldr x14, [x0, #24]
  42d5c:	cmp x17, #0x0
  42d60:	cneg x1, x17, lt
  42d64:	cmp x14, #0x0
  42d68:	cneg x0, x14, lt
  42d6c:	cmp x1, x0
  42d70:	b.le 0x43100
  42d74:	cmp x14, #0x1
  42d78:	b.eq 0x43b70
  42d7c:	stp x27, x28, [sp, #80]
  42d80:	str d8, [sp, #96]
  42d84:	cmp x2, #0x7
  42d88:	b.le 0x43ea8
  42d8c:	sub x0, x2, #0x8
  42d90:	add x3, x24, #0x8
  42d94:	and x1, x0, #0xfffffffffffffff8
  42d98:	add x25, sp, #0x120
  42d9c:	add x27, x3, x1
  42da0:	adrp x1, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  42da4:	mov x26, x24
  42da8:	add x21, sp, #0x1d0
  42dac:	add x24, sp, #0x160
  42db0:	mov x2, x22
  42db4:	ldr q8, [x1, #1504]
  42db8:	add x20, sp, #0xe0
  42dbc:	mov x16, x25
  42dc0:	mov x30, x24
  42dc4:	mov x1, x26
  42dc8:	stp x22, x0, [sp, #200]
  42dcc:	mov x22, x27
  42dd0:	mov x0, x21
  42dd4:	mov x27, x25
  42dd8:	mov x28, #0x1
  42ddc:	str x3, [sp, #216]
  42de0:	ldr x6, [x19]
  42de4:	mul x5, x1, x17
  42de8:	cmp x12, #0x0
  42dec:	add x23, x12, #0x7
  42df0:	csel x23, x23, x12, lt
  42df4:	stp q8, q8, [x0, #-240]
  42df8:	add x13, x6, x5, lsl #2
  42dfc:	stp q8, q8, [x0, #-208]
  42e00:	asr x23, x23, #3
  42e04:	stp q8, q8, [x0, #-176]
  42e08:	stp q8, q8, [x0, #-144]
  42e0c:	cmp x12, #0x7
  42e10:	b.le 0x42f64
  42e14:	lsl x8, x14, #2
  42e18:	lsl x7, x14, #3
  42e1c:	add x4, x14, x14, lsl #1
  42e20:	add x6, x8, x14
  42e24:	sub x5, x7, x14
  42e28:	lsl x26, x17, #2
  42e2c:	lsl x11, x4, #2
  42e30:	lsl x6, x6, #2
  42e34:	lsl x5, x5, #2
  42e38:	lsl x4, x4, #3
  42e3c:	lsl x10, x14, #4
  42e40:	lsl x25, x14, #5
  42e44:	lsl x9, x17, #3
  42e48:	mov x15, x13
  42e4c:	str x22, [sp, #192]
  42e50:	mov x22, x14
  42e54:	mov x21, #0x0
  42e58:	mov w18, #0x0
  42e5c:	str x23, [sp, #128]
  42e60:	str x1, [sp, #144]
  42e64:	str x2, [sp, #160]
  42e68:	str x13, [sp, #176]
  42e6c:	nop
  42e70:	mov x14, x20
  42e74:	mov x2, x15
  42e78:	add x1, x26, x15
  42e7c:	mov x3, x20
  42e80:	str x21, [sp, #120]
  42e84:	ldr s4, [x2, x7]
  42e88:	add x13, x1, x7
  42e8c:	ldr s3, [x2, x8]
  42e90:	add x23, x1, x8
  42e94:	ldr s1, [x2, x11]
  42e98:	add x21, x1, x11
  42e9c:	ldr s6, [x2, x10]
  42ea0:	ld1 {v4.s}[1], [x13]
  42ea4:	add x13, x1, x10
  42ea8:	ldr s2, [x2, x6]
  42eac:	ldr s5, [x2, x4]
  42eb0:	ldr s0, [x2, x5]
  42eb4:	ld1 {v3.s}[1], [x23]
  42eb8:	add x23, x1, x6
  42ebc:	ld1 {v1.s}[1], [x21]
  42ec0:	add x21, x1, x4
  42ec4:	ld1r {v7.2s}, [x2]
  42ec8:	add x2, x2, x9
  42ecc:	ld1 {v6.s}[1], [x13]
  42ed0:	add x13, x1, x5
  42ed4:	ld1 {v2.s}[1], [x23]
  42ed8:	fadd v1.2s, v1.2s, v4.2s
  42edc:	ld1 {v7.s}[1], [x1]
  42ee0:	add x1, x1, x9
  42ee4:	ld1 {v5.s}[1], [x21]
  42ee8:	ld1 {v0.s}[1], [x13]
  42eec:	fadd v2.2s, v2.2s, v6.2s
  42ef0:	fadd v3.2s, v3.2s, v7.2s
  42ef4:	ldr q4, [x3]
  42ef8:	fadd v0.2s, v0.2s, v5.2s
  42efc:	fadd v1.2s, v1.2s, v3.2s
  42f00:	fadd v0.2s, v0.2s, v2.2s
  42f04:	fadd v0.2s, v0.2s, v1.2s
  42f08:	fcvtl v0.2d, v0.2s
  42f0c:	fadd v0.2d, v4.2d, v0.2d
  42f10:	str q0, [x3], #16
  42f14:	cmp x3, x16
  42f18:	b.ne 0x42e84
  42f1c:	add w18, w18, #0x1
  42f20:	ldr x21, [sp, #120]
  42f24:	cmp w18, #0x40
  42f28:	b.eq 0x43e10
  42f2c:	ldr x1, [sp, #128]
  42f30:	add x21, x21, #0x1
  42f34:	add x15, x15, x25
  42f38:	cmp x1, x21
  42f3c:	b.gt 0x42e70
  42f40:	ldr x23, [sp, #128]
  42f44:	cmp x12, #0x7
  42f48:	ldr x13, [sp, #176]
  42f4c:	csel x3, x23, x28, gt
  42f50:	ldr x1, [sp, #144]
  42f54:	mov x14, x22
  42f58:	ldr x2, [sp, #160]
  42f5c:	madd x13, x3, x25, x13
  42f60:	ldr x22, [sp, #192]
  42f64:	sub w12, w12, w23, lsl #3
  42f68:	cmp w12, #0x0
  42f6c:	b.le 0x43004
  42f70:	lsl x7, x17, #2
  42f74:	mov x9, x13
  42f78:	lsl x14, x14, #2
  42f7c:	lsl x17, x17, #3
  42f80:	mov x8, x20
  42f84:	mov x5, x30
  42f88:	mov x4, x9
  42f8c:	mov w3, #0x0
  42f90:	movi v0.2s, #0x80, lsl #24
  42f94:	add x6, x4, x7
  42f98:	cmp w12, w3
  42f9c:	b.le 0x42fa8
  42fa0:	ld1r {v0.2s}, [x4]
  42fa4:	ld1 {v0.s}[1], [x6]
  42fa8:	add w3, w3, #0x1
  42fac:	str d0, [x5], #8
  42fb0:	add x4, x4, x14
  42fb4:	cmp w3, #0x8
  42fb8:	b.ne 0x42f90
  42fbc:	ldp d4, d0, [sp, #352]
  42fc0:	add x9, x9, x17
  42fc4:	ldp d1, d5, [sp, #368]
  42fc8:	ldp d3, d2, [sp, #384]
  42fcc:	fadd v4.2s, v4.2s, v0.2s
  42fd0:	fadd v1.2s, v1.2s, v5.2s
  42fd4:	ldp d0, d5, [sp, #400]
  42fd8:	fadd v3.2s, v3.2s, v2.2s
  42fdc:	ldr q2, [x8]
  42fe0:	fadd v1.2s, v1.2s, v4.2s
  42fe4:	fadd v0.2s, v0.2s, v5.2s
  42fe8:	fadd v0.2s, v0.2s, v3.2s
  42fec:	fadd v0.2s, v0.2s, v1.2s
  42ff0:	fcvtl v0.2d, v0.2s
  42ff4:	fadd v0.2d, v2.2d, v0.2d
  42ff8:	str q0, [x8], #16
  42ffc:	cmp x8, x16
  43000:	b.ne 0x42f84
  43004:	mov x5, x27
  43008:	mov x4, x20
  4300c:	mov x3, #0x0
  43010:	ldr q0, [x5], #16
  43014:	ldr q1, [x4], #16
  43018:	fadd v0.2d, v0.2d, v1.2d
  4301c:	str q0, [x2, x3]
  43020:	add x3, x3, #0x10
  43024:	cmp x3, #0x40
  43028:	b.ne 0x43010
  4302c:	add x1, x1, #0x8
  43030:	add x2, x2, #0x40
  43034:	cmp x1, x22
  43038:	b.eq 0x43e88
  4303c:	ldr x12, [x19, #8]
  43040:	ldp x14, x17, [x19, #24]
  43044:	b 0x42de0
  43048:	ldp x10, x9, [sp, #352]
  4304c:	mov x19, x21
  43050:	ldp x8, x7, [sp, #368]
  43054:	mov x2, x22
  43058:	ldp x22, x21, [sp, #120]
  4305c:	add x1, sp, #0xe0
  43060:	ldp x6, x5, [sp, #384]
  43064:	mov x0, #0x0
  43068:	ldp x4, x3, [sp, #400]
  4306c:	ldr d3, [x4, x0]
  43070:	ldr d7, [x6, x0]
  43074:	ldr d0, [x3, x0]
  43078:	ldr d6, [x5, x0]
  4307c:	ldr d1, [x7, x0]
  43080:	ldr d4, [x9, x0]
  43084:	fadd v0.2s, v0.2s, v3.2s
  43088:	ldr d3, [x8, x0]
  4308c:	fadd v6.2s, v6.2s, v7.2s
  43090:	ldr d7, [x10, x0]
  43094:	add x0, x0, #0x8
  43098:	fadd v1.2s, v1.2s, v3.2s
  4309c:	fadd v4.2s, v4.2s, v7.2s
  430a0:	fadd v0.2s, v0.2s, v6.2s
  430a4:	ldr q3, [x1]
  430a8:	fadd v1.2s, v1.2s, v4.2s
  430ac:	fadd v0.2s, v0.2s, v1.2s
  430b0:	fcvtl v0.2d, v0.2s
  430b4:	fadd v0.2d, v3.2d, v0.2d
  430b8:	str q0, [x1], #16
  430bc:	cmp x0, #0x18
  430c0:	b.ne 0x4306c
  430c4:	ldr q0, [sp, #224]
  430c8:	fadd v5.2d, v5.2d, v0.2d
  430cc:	ldp q3, q0, [x21, #-224]
  430d0:	fadd v1.2d, v8.2d, v0.2d
  430d4:	fadd v2.2d, v2.2d, v3.2d
  430d8:	str q1, [x22, #32]
  430dc:	stp q5, q2, [x22]
  430e0:	ldr d8, [sp, #96]
  430e4:	sbfiz x23, x23, #1, #31
  430e8:	add x24, x24, x23
  430ec:	subs x2, x2, x23
  430f0:	add x22, x22, x23, lsl #3
  430f4:	b.eq 0x4487c
  430f8:	ldp x27, x28, [sp, #80]
  430fc:	ldr x12, [x19, #8]
  43100:	cmp x12, #0x0
  43104:	b.le 0x444f4
  43108:	sub x8, x2, #0x2
  4310c:	add x0, sp, #0x120
  43110:	mov w20, #0x0
  43114:	mov w21, #0x0
  43118:	lsr x6, x8, #1
  4311c:	stp x27, x28, [sp, #80]
  43120:	add x6, x6, #0x1
  43124:	add x28, sp, #0x160
  43128:	str d8, [sp, #96]
  4312c:	movi v8.2s, #0x80, lsl #24
  43130:	stp x0, x8, [sp, #192]
  43134:	lsl x0, x6, #1
  43138:	lsl x6, x6, #3
  4313c:	mov x23, x24
  43140:	mov x25, #0x0
  43144:	add x1, sp, #0xe0
  43148:	mov x27, x25
  4314c:	mov x24, x6
  43150:	str w20, [sp, #160]
  43154:	mov x20, x2
  43158:	str x22, [sp, #208]
  4315c:	mov w22, w21
  43160:	mov x21, x19
  43164:	mov x19, x26
  43168:	mov x26, x28
  4316c:	str x0, [sp, #176]
  43170:	ldr x10, [x21, #32]
  43174:	sub x3, x12, x27
  43178:	cmp x3, #0x8
  4317c:	mov x25, #0x8
  43180:	csel x25, x3, x25, le
  43184:	cmp x10, #0x1
  43188:	b.eq 0x43468
  4318c:	ldr x14, [x21]
  43190:	mul x13, x10, x23
  43194:	ldr x11, [x21, #24]
  43198:	mov x5, x27
  4319c:	mov w4, #0x0
  431a0:	cmp w25, w4
  431a4:	add w4, w4, #0x1
  431a8:	csel x0, x27, x5, le
  431ac:	madd x0, x11, x0, x13
  431b0:	add x0, x14, x0, lsl #2
  431b4:	str x0, [x28, x5, lsl #3]
  431b8:	add x5, x5, #0x1
  431bc:	cmp w4, #0x8
  431c0:	b.ne 0x431a0
  431c4:	cmp x20, #0x1
  431c8:	cbnz w22, 0x435c8
  431cc:	b.le 0x44100
  431d0:	ldr x0, [sp, #200]
  431d4:	lsl x5, x10, #2
  431d8:	ldr x11, [sp, #352]
  431dc:	and x14, x0, #0xfffffffffffffffe
  431e0:	lsl x15, x10, #3
  431e4:	add x13, x19, #0x8, lsl #12
  431e8:	add x14, x14, #0x2
  431ec:	mov x9, #0x0
  431f0:	mov x0, #0x0
  431f4:	nop
  431f8:	add x4, x11, x0
  431fc:	ldr s0, [x11, x0]
  43200:	add x4, x4, x5
  43204:	ld1 {v0.s}[1], [x4]
  43208:	cmp x3, #0x1
  4320c:	b.eq 0x432e8
  43210:	ldr x16, [sp, #360]
  43214:	add x4, x16, x0
  43218:	ldr s1, [x16, x0]
  4321c:	add x4, x4, x5
  43220:	ld1 {v1.s}[1], [x4]
  43224:	cmp x3, #0x2
  43228:	b.eq 0x432e4
  4322c:	ldr x16, [sp, #368]
  43230:	fadd v0.2s, v0.2s, v1.2s
  43234:	add x4, x16, x0
  43238:	ldr s1, [x16, x0]
  4323c:	add x4, x4, x5
  43240:	ld1 {v1.s}[1], [x4]
  43244:	cmp x3, #0x3
  43248:	b.eq 0x432e4
  4324c:	ldr x16, [sp, #376]
  43250:	add x4, x16, x0
  43254:	ldr s2, [x16, x0]
  43258:	add x4, x4, x5
  4325c:	ld1 {v2.s}[1], [x4]
  43260:	cmp x3, #0x4
  43264:	b.eq 0x432e0
  43268:	ldr x16, [sp, #384]
  4326c:	fadd v2.2s, v1.2s, v2.2s
  43270:	add x4, x16, x0
  43274:	ldr s1, [x16, x0]
  43278:	add x4, x4, x5
  4327c:	fadd v0.2s, v2.2s, v0.2s
  43280:	ld1 {v1.s}[1], [x4]
  43284:	cmp x3, #0x5
  43288:	b.eq 0x432e4
  4328c:	ldr x16, [sp, #392]
  43290:	add x4, x16, x0
  43294:	ldr s2, [x16, x0]
  43298:	add x4, x4, x5
  4329c:	ld1 {v2.s}[1], [x4]
  432a0:	cmp x3, #0x6
  432a4:	b.eq 0x432e0
  432a8:	ldr x16, [sp, #400]
  432ac:	fadd v2.2s, v1.2s, v2.2s
  432b0:	add x4, x16, x0
  432b4:	ldr s3, [x16, x0]
  432b8:	add x4, x4, x5
  432bc:	ld1 {v3.s}[1], [x4]
  432c0:	cmp x3, #0x7
  432c4:	b.le 0x437d4
  432c8:	ldr x16, [sp, #408]
  432cc:	add x4, x16, x0
  432d0:	ldr s1, [x16, x0]
  432d4:	add x4, x4, x5
  432d8:	ld1 {v1.s}[1], [x4]
  432dc:	fadd v1.2s, v1.2s, v3.2s
  432e0:	fadd v1.2s, v1.2s, v2.2s
  432e4:	fadd v0.2s, v1.2s, v0.2s
  432e8:	fcvtl v0.2d, v0.2s
  432ec:	add x9, x9, #0x2
  432f0:	add x0, x0, x15
  432f4:	str q0, [x13], #16
  432f8:	cmp x9, x14
  432fc:	b.ne 0x431f8
  43300:	ldr x11, [sp, #176]
  43304:	cmp x20, x11
  43308:	b.gt 0x433bc
  4330c:	mov w22, #0x1
  43310:	add x27, x27, #0x8
  43314:	sub x28, x28, #0x40
  43318:	cmp x12, x27
  4331c:	b.gt 0x43170
  43320:	ldp x27, x28, [sp, #80]
  43324:	mov w21, w22
  43328:	ldr x22, [sp, #208]
  4332c:	mov x2, x20
  43330:	ldr w20, [sp, #160]
  43334:	mov x26, x19
  43338:	ldr d8, [sp, #96]
  4333c:	cmp x2, #0x0
  43340:	b.le 0x4339c
  43344:	sub x22, x22, #0x8
  43348:	add x3, x26, #0x8, lsl #12
  4334c:	mov x0, #0x1
  43350:	b 0x43378
  43354:	ldur d0, [x5, #-8]
  43358:	cbz w21, 0x43364
  4335c:	ldur d1, [x4, #-8]
  43360:	fadd d0, d0, d1
  43364:	str d0, [x22, x0, lsl #3]
  43368:	add x1, x0, #0x1
  4336c:	cmp x0, x2
  43370:	b.eq 0x4339c
  43374:	mov x0, x1
  43378:	lsl x1, x0, #3
  4337c:	add x4, x3, x0, lsl #3
  43380:	add x5, x26, x1
  43384:	cbnz w20, 0x43354
  43388:	ldur d0, [x4, #-8]
  4338c:	add x1, x0, #0x1
  43390:	str d0, [x22, x0, lsl #3]
  43394:	cmp x0, x2
  43398:	b.ne 0x43374
  4339c:	ldp x19, x20, [sp, #16]
  433a0:	ldp x23, x24, [sp, #48]
  433a4:	ldp x25, x26, [sp, #64]
  433a8:	ldp x29, x30, [sp]
  433ac:	ldp x21, x22, [sp, #32]
  433b0:	add sp, sp, #0x1d0
  433b4:	add sp, sp, #0x10, lsl #12
  433b8:	ret
  433bc:	lsl x10, x10, #2
  433c0:	add x13, x11, #0x1
  433c4:	add x4, x19, #0x8, lsl #12
  433c8:	mul x11, x11, x10
  433cc:	mov x0, #0x1
  433d0:	sub w3, w0, #0x1
  433d4:	add x9, x26, x0, lsl #3
  433d8:	add x5, x1, x0, lsl #2
  433dc:	fmov s0, s8
  433e0:	cmp w25, w3
  433e4:	add x0, x0, #0x1
  433e8:	b.le 0x433f4
  433ec:	ldur x3, [x9, #-8]
  433f0:	ldr s0, [x3, x11]
  433f4:	stur s0, [x5, #-4]
  433f8:	cmp x0, #0x9
  433fc:	b.ne 0x433d0
  43400:	ldp q0, q1, [x1]
  43404:	add x0, x4, x13, lsl #3
  43408:	ldr x2, [sp, #192]
  4340c:	add x11, x11, x10
  43410:	add x3, x13, #0x1
  43414:	stp q0, q1, [x2]
  43418:	add x2, sp, #0x128
  4341c:	ldr s1, [sp, #304]
  43420:	ldr s5, [sp, #308]
  43424:	ldp s0, s2, [x2, #-8]
  43428:	ldp s3, s4, [x2]
  4342c:	fadd s1, s1, s5
  43430:	fadd s0, s0, s2
  43434:	ldr s2, [sp, #312]
  43438:	fadd s3, s3, s4
  4343c:	ldr s4, [sp, #316]
  43440:	fadd s2, s2, s4
  43444:	fadd s0, s0, s3
  43448:	fadd s1, s1, s2
  4344c:	fadd s0, s0, s1
  43450:	fcvt d0, s0
  43454:	stur d0, [x0, #-8]
  43458:	cmp x13, x20
  4345c:	b.eq 0x4330c
  43460:	mov x13, x3
  43464:	b 0x433cc
  43468:	mov x4, x27
  4346c:	mov w3, #0x0
  43470:	b 0x4349c
  43474:	ldp x5, x0, [x21, #24]
  43478:	add w3, w3, #0x1
  4347c:	ldr x10, [x21]
  43480:	mul x5, x4, x5
  43484:	madd x0, x23, x0, x5
  43488:	add x0, x10, x0, lsl #2
  4348c:	str x0, [x28, x4, lsl #3]
  43490:	add x4, x4, #0x1
  43494:	cmp w3, #0x8
  43498:	b.eq 0x434d4
  4349c:	cmp w25, w3
  434a0:	b.gt 0x43474
  434a4:	str w3, [sp, #120]
  434a8:	str x4, [sp, #128]
  434ac:	str x1, [sp, #144]
  434b0:	bl 0x16210
  434b4:	ldr x4, [sp, #128]
  434b8:	ldr w3, [sp, #120]
  434bc:	ldr x1, [sp, #144]
  434c0:	add w3, w3, #0x1
  434c4:	str x0, [x28, x4, lsl #3]
  434c8:	add x4, x4, #0x1
  434cc:	cmp w3, #0x8
  434d0:	b.ne 0x4349c
  434d4:	cmp x20, #0x1
  434d8:	cbz w22, 0x437ec
  434dc:	b.le 0x4393c
  434e0:	ldp x16, x15, [sp, #352]
  434e4:	add x4, x19, #0x8, lsl #12
  434e8:	ldp x14, x13, [sp, #368]
  434ec:	mov x3, x4
  434f0:	ldp x12, x11, [sp, #384]
  434f4:	mov x0, #0x0
  434f8:	ldp x10, x5, [sp, #400]
  434fc:	nop
  43500:	ldr d2, [x10, x0]
  43504:	ldr d5, [x12, x0]
  43508:	ldr d0, [x5, x0]
  4350c:	ldr d4, [x11, x0]
  43510:	ldr d1, [x13, x0]
  43514:	ldr d3, [x15, x0]
  43518:	fadd v0.2s, v0.2s, v2.2s
  4351c:	ldr d2, [x14, x0]
  43520:	fadd v4.2s, v4.2s, v5.2s
  43524:	ldr d5, [x16, x0]
  43528:	add x0, x0, #0x8
  4352c:	fadd v1.2s, v1.2s, v2.2s
  43530:	fadd v3.2s, v3.2s, v5.2s
  43534:	fadd v0.2s, v0.2s, v4.2s
  43538:	ldr q2, [x3]
  4353c:	fadd v1.2s, v1.2s, v3.2s
  43540:	fadd v0.2s, v0.2s, v1.2s
  43544:	fcvtl v0.2d, v0.2s
  43548:	fadd v0.2d, v2.2d, v0.2d
  4354c:	str q0, [x3], #16
  43550:	cmp x0, x24
  43554:	b.ne 0x43500
  43558:	ldr x0, [sp, #176]
  4355c:	mov x13, x0
  43560:	cmp x20, x0
  43564:	b.gt 0x43948
  43568:	add w22, w22, #0x1
  4356c:	ldr x12, [x21, #8]
  43570:	cmp w22, #0x40
  43574:	b.ne 0x43310
  43578:	mov x3, #0x1
  4357c:	b 0x43584
  43580:	mov x3, x9
  43584:	lsl x0, x3, #3
  43588:	add x9, x3, #0x1
  4358c:	add x10, x19, x0
  43590:	add x0, x4, x0
  43594:	mov x5, x10
  43598:	ldur d0, [x0, #-8]
  4359c:	ldr w0, [sp, #160]
  435a0:	cbz w0, 0x435ac
  435a4:	ldur d1, [x10, #-8]
  435a8:	fadd d0, d0, d1
  435ac:	stur d0, [x5, #-8]
  435b0:	cmp x3, x20
  435b4:	b.ne 0x43580
  435b8:	mov w0, #0x1
  435bc:	mov w22, #0x0
  435c0:	str w0, [sp, #160]
  435c4:	b 0x43310
  435c8:	b.le 0x440ec
  435cc:	ldr x0, [sp, #200]
  435d0:	lsl x5, x10, #2
  435d4:	ldr x16, [sp, #352]
  435d8:	and x15, x0, #0xfffffffffffffffe
  435dc:	add x4, x19, #0x8, lsl #12
  435e0:	lsl x10, x10, #3
  435e4:	mov x13, x4
  435e8:	add x17, x16, x5
  435ec:	add x15, x15, #0x2
  435f0:	mov x11, #0x0
  435f4:	mov x0, #0x0
  435f8:	ldr s0, [x16, x0]
  435fc:	add x14, x17, x0
  43600:	ld1 {v0.s}[1], [x14]
  43604:	cmp x3, #0x1
  43608:	b.eq 0x436e4
  4360c:	ldr x18, [sp, #360]
  43610:	add x14, x18, x0
  43614:	ldr s1, [x18, x0]
  43618:	add x14, x14, x5
  4361c:	ld1 {v1.s}[1], [x14]
  43620:	fadd v0.2s, v0.2s, v1.2s
  43624:	cmp x3, #0x2
  43628:	b.eq 0x436e4
  4362c:	ldr x18, [sp, #368]
  43630:	add x14, x18, x0
  43634:	ldr s2, [x18, x0]
  43638:	add x14, x14, x5
  4363c:	ld1 {v2.s}[1], [x14]
  43640:	cmp x3, #0x3
  43644:	b.eq 0x437cc
  43648:	ldr x18, [sp, #376]
  4364c:	add x14, x18, x0
  43650:	ldr s1, [x18, x0]
  43654:	add x14, x14, x5
  43658:	ld1 {v1.s}[1], [x14]
  4365c:	fadd v1.2s, v1.2s, v2.2s
  43660:	fadd v0.2s, v0.2s, v1.2s
  43664:	cmp x3, #0x4
  43668:	b.eq 0x436e4
  4366c:	ldr x18, [sp, #384]
  43670:	add x14, x18, x0
  43674:	ldr s1, [x18, x0]
  43678:	add x14, x14, x5
  4367c:	ld1 {v1.s}[1], [x14]
  43680:	cmp x3, #0x5
  43684:	b.eq 0x436e0
  43688:	ldr x18, [sp, #392]
  4368c:	add x14, x18, x0
  43690:	ldr s2, [x18, x0]
  43694:	add x14, x14, x5
  43698:	ld1 {v2.s}[1], [x14]
  4369c:	fadd v2.2s, v2.2s, v1.2s
  436a0:	cmp x3, #0x6
  436a4:	b.eq 0x437cc
  436a8:	ldr x18, [sp, #400]
  436ac:	add x14, x18, x0
  436b0:	ldr s3, [x18, x0]
  436b4:	add x14, x14, x5
  436b8:	ld1 {v3.s}[1], [x14]
  436bc:	cmp x3, #0x7
  436c0:	b.le 0x437e0
  436c4:	ldr x18, [sp, #408]
  436c8:	add x14, x18, x0
  436cc:	ldr s1, [x18, x0]
  436d0:	add x14, x14, x5
  436d4:	ld1 {v1.s}[1], [x14]
  436d8:	fadd v1.2s, v1.2s, v3.2s
  436dc:	fadd v1.2s, v1.2s, v2.2s
  436e0:	fadd v0.2s, v0.2s, v1.2s
  436e4:	ldr q1, [x13]
  436e8:	add x11, x11, #0x2
  436ec:	fcvtl v0.2d, v0.2s
  436f0:	add x0, x0, x10
  436f4:	fadd v0.2d, v1.2d, v0.2d
  436f8:	str q0, [x13], #16
  436fc:	cmp x11, x15
  43700:	b.ne 0x435f8
  43704:	ldr x0, [sp, #176]
  43708:	cmp x20, x0
  4370c:	b.le 0x43904
  43710:	mov x14, x0
  43714:	mul x13, x14, x5
  43718:	add x15, x4, x14, lsl #3
  4371c:	mov x0, #0x1
  43720:	sub w3, w0, #0x1
  43724:	add x11, x26, x0, lsl #3
  43728:	add x10, x1, x0, lsl #2
  4372c:	fmov s0, s8
  43730:	cmp w25, w3
  43734:	add x0, x0, #0x1
  43738:	b.le 0x43744
  4373c:	ldur x3, [x11, #-8]
  43740:	ldr s0, [x3, x13]
  43744:	stur s0, [x10, #-4]
  43748:	cmp x0, #0x9
  4374c:	b.ne 0x43720
  43750:	ldp q0, q1, [x1]
  43754:	add x14, x14, #0x1
  43758:	ldr x0, [sp, #192]
  4375c:	add x13, x13, x5
  43760:	ldr d2, [x15]
  43764:	stp q0, q1, [x0]
  43768:	add x0, sp, #0x128
  4376c:	ldr s1, [sp, #304]
  43770:	ldr s6, [sp, #308]
  43774:	ldp s0, s3, [x0, #-8]
  43778:	ldp s4, s5, [x0]
  4377c:	fadd s1, s1, s6
  43780:	fadd s0, s0, s3
  43784:	ldr s3, [sp, #312]
  43788:	fadd s4, s4, s5
  4378c:	ldr s5, [sp, #316]
  43790:	fadd s3, s3, s5
  43794:	fadd s0, s0, s4
  43798:	fadd s1, s1, s3
  4379c:	fadd s0, s0, s1
  437a0:	fcvt d0, s0
  437a4:	fadd d0, d2, d0
  437a8:	str d0, [x15], #8
  437ac:	cmp x20, x14
  437b0:	b.gt 0x4371c
  437b4:	add w22, w22, #0x1
  437b8:	cmp w22, #0x40
  437bc:	b.ne 0x43310
  437c0:	cmp x20, #0x0
  437c4:	b.gt 0x43578
  437c8:	b 0x435b8
  437cc:	fadd v0.2s, v0.2s, v2.2s
  437d0:	b 0x436e4
  437d4:	fadd v3.2s, v3.2s, v2.2s
  437d8:	fadd v0.2s, v3.2s, v0.2s
  437dc:	b 0x432e8
  437e0:	fadd v3.2s, v3.2s, v2.2s
  437e4:	fadd v0.2s, v0.2s, v3.2s
  437e8:	b 0x436e4
  437ec:	b.le 0x44368
  437f0:	ldp x11, x15, [sp, #352]
  437f4:	add x4, x19, #0x8, lsl #12
  437f8:	ldp x14, x13, [sp, #368]
  437fc:	mov x3, x4
  43800:	ldp x12, x10, [sp, #384]
  43804:	mov x0, #0x0
  43808:	ldp x9, x5, [sp, #400]
  4380c:	nop
  43810:	ldr d2, [x9, x0]
  43814:	ldr d4, [x12, x0]
  43818:	ldr d0, [x5, x0]
  4381c:	ldr d3, [x10, x0]
  43820:	ldr d1, [x13, x0]
  43824:	ldr d5, [x14, x0]
  43828:	fadd v0.2s, v0.2s, v2.2s
  4382c:	ldr d2, [x15, x0]
  43830:	fadd v3.2s, v3.2s, v4.2s
  43834:	ldr d4, [x11, x0]
  43838:	add x0, x0, #0x8
  4383c:	fadd v1.2s, v1.2s, v5.2s
  43840:	fadd v2.2s, v2.2s, v4.2s
  43844:	fadd v0.2s, v0.2s, v3.2s
  43848:	fadd v1.2s, v1.2s, v2.2s
  4384c:	fadd v0.2s, v0.2s, v1.2s
  43850:	fcvtl v0.2d, v0.2s
  43854:	str q0, [x3], #16
  43858:	cmp x0, x24
  4385c:	b.ne 0x43810
  43860:	ldr x0, [sp, #176]
  43864:	cmp x20, x0
  43868:	b.le 0x438fc
  4386c:	ldr x11, [sp, #176]
  43870:	add x4, x4, x11, lsl #3
  43874:	add x12, sp, #0x120
  43878:	add x3, sp, #0xe0
  4387c:	lsl x10, x11, #2
  43880:	mov x0, #0x1
  43884:	nop
  43888:	add x9, x26, x0, lsl #3
  4388c:	add x5, x3, x0, lsl #2
  43890:	add x0, x0, #0x1
  43894:	ldur x9, [x9, #-8]
  43898:	ldr s0, [x9, x10]
  4389c:	stur s0, [x5, #-4]
  438a0:	cmp x0, #0x9
  438a4:	b.ne 0x43888
  438a8:	ldp q0, q1, [x3]
  438ac:	add x6, sp, #0x128
  438b0:	add x11, x11, #0x1
  438b4:	stp q0, q1, [x12]
  438b8:	ldr s1, [sp, #304]
  438bc:	ldp s0, s2, [x6, #-8]
  438c0:	ldp s3, s4, [x6]
  438c4:	ldr s5, [sp, #308]
  438c8:	fadd s0, s0, s2
  438cc:	ldr s2, [sp, #312]
  438d0:	fadd s3, s3, s4
  438d4:	ldr s4, [sp, #316]
  438d8:	fadd s1, s1, s5
  438dc:	fadd s2, s2, s4
  438e0:	fadd s0, s0, s3
  438e4:	fadd s1, s1, s2
  438e8:	fadd s0, s0, s1
  438ec:	fcvt d0, s0
  438f0:	str d0, [x4], #8
  438f4:	cmp x20, x11
  438f8:	b.gt 0x4387c
  438fc:	ldr x12, [x21, #8]
  43900:	b 0x4330c
  43904:	add w22, w22, #0x1
  43908:	cmp w22, #0x40
  4390c:	b.ne 0x43310
  43910:	b 0x43578
  43914:	cmp x2, #0x0
  43918:	b.le 0x433a8
  4391c:	ldp x29, x30, [sp]
  43920:	lsl x2, x2, #3
  43924:	ldp x21, x22, [sp, #32]
  43928:	add sp, sp, #0x1d0
  4392c:	mov x0, x3
  43930:	add sp, sp, #0x10, lsl #12
  43934:	mov w1, #0x0
  43938:	b 0x91a0
  4393c:	b.ne 0x44108
  43940:	add x4, x19, #0x8, lsl #12
  43944:	mov x13, #0x0
  43948:	add x14, x4, x13, lsl #3
  4394c:	add x12, sp, #0x120
  43950:	add x3, sp, #0xe0
  43954:	lsl x11, x13, #2
  43958:	mov x0, #0x1
  4395c:	nop
  43960:	add x10, x26, x0, lsl #3
  43964:	add x5, x3, x0, lsl #2
  43968:	add x0, x0, #0x1
  4396c:	ldur x10, [x10, #-8]
  43970:	ldr s0, [x10, x11]
  43974:	stur s0, [x5, #-4]
  43978:	cmp x0, #0x9
  4397c:	b.ne 0x43960
  43980:	ldp q0, q1, [x3]
  43984:	add x5, sp, #0x128
  43988:	ldr d2, [x14]
  4398c:	add x13, x13, #0x1
  43990:	stp q0, q1, [x12]
  43994:	ldr s1, [sp, #304]
  43998:	ldp s0, s3, [x5, #-8]
  4399c:	ldp s4, s5, [x5]
  439a0:	ldr s6, [sp, #308]
  439a4:	fadd s0, s0, s3
  439a8:	ldr s3, [sp, #312]
  439ac:	fadd s4, s4, s5
  439b0:	ldr s5, [sp, #316]
  439b4:	fadd s1, s1, s6
  439b8:	fadd s3, s3, s5
  439bc:	fadd s0, s0, s4
  439c0:	fadd s1, s1, s3
  439c4:	fadd s0, s0, s1
  439c8:	fcvt d0, s0
  439cc:	fadd d0, d2, d0
  439d0:	str d0, [x14], #8
  439d4:	cmp x20, x13
  439d8:	b.gt 0x43954
  439dc:	ldr x12, [x21, #8]
  439e0:	b 0x437b4
  439e4:	sub x0, x2, #0x2
  439e8:	cmp x0, #0x6
  439ec:	b.hi 0x43100
  439f0:	ldr x3, [x19]
  439f4:	cmp x12, #0x0
  439f8:	add x4, x12, #0x7
  439fc:	asr x23, x2, #1
  43a00:	csel x4, x4, x12, lt
  43a04:	ldr x1, [x19, #24]
  43a08:	asr x4, x4, #3
  43a0c:	add x3, x3, x24, lsl #2
  43a10:	cmp x23, #0x1
  43a14:	b.eq 0x44510
  43a18:	cmp x23, #0x2
  43a1c:	b.eq 0x4438c
  43a20:	cmp x23, #0x3
  43a24:	b.eq 0x445d8
  43a28:	adrp x2, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  43a2c:	add x0, sp, #0xe0
  43a30:	mov x20, x0
  43a34:	ldr q0, [x2, #1504]
  43a38:	add x2, sp, #0x120
  43a3c:	mov x25, x2
  43a40:	stp q0, q0, [sp, #224]
  43a44:	stp q0, q0, [sp, #256]
  43a48:	stp q0, q0, [sp, #288]
  43a4c:	stp q0, q0, [sp, #320]
  43a50:	cmp x12, #0x7
  43a54:	b.le 0x43b28
  43a58:	lsl x10, x1, #2
  43a5c:	lsl x9, x1, #3
  43a60:	add x5, x1, x1, lsl #1
  43a64:	add x8, x10, x1
  43a68:	sub x7, x9, x1
  43a6c:	lsl x13, x1, #4
  43a70:	lsl x11, x5, #2
  43a74:	lsl x8, x8, #2
  43a78:	lsl x7, x7, #2
  43a7c:	lsl x5, x5, #3
  43a80:	lsl x15, x1, #5
  43a84:	add x6, x3, #0x20
  43a88:	mov x17, x3
  43a8c:	add x25, sp, #0x120
  43a90:	add x20, sp, #0xe0
  43a94:	mov x16, #0x0
  43a98:	mov w14, #0x0
  43a9c:	mov x18, x20
  43aa0:	mov x0, x17
  43aa4:	mov x2, x20
  43aa8:	ldr d2, [x0, x5]
  43aac:	ldr d0, [x0, x7]
  43ab0:	ldr d4, [x0, x8]
  43ab4:	ldr d5, [x0, x13]
  43ab8:	ldr d1, [x0, x11]
  43abc:	fadd v0.2s, v0.2s, v2.2s
  43ac0:	ldr d3, [x0, x10]
  43ac4:	ldr d2, [x0, x9]
  43ac8:	fadd v4.2s, v4.2s, v5.2s
  43acc:	ldr d5, [x0], #8
  43ad0:	fadd v1.2s, v1.2s, v2.2s
  43ad4:	fadd v3.2s, v3.2s, v5.2s
  43ad8:	fadd v0.2s, v0.2s, v4.2s
  43adc:	ldr q2, [x2]
  43ae0:	fadd v1.2s, v1.2s, v3.2s
  43ae4:	fadd v0.2s, v0.2s, v1.2s
  43ae8:	fcvtl v0.2d, v0.2s
  43aec:	fadd v0.2d, v2.2d, v0.2d
  43af0:	str q0, [x2], #16
  43af4:	cmp x6, x0
  43af8:	b.ne 0x43aa8
  43afc:	add w14, w14, #0x1
  43b00:	cmp w14, #0x40
  43b04:	b.eq 0x44780
  43b08:	add x16, x16, #0x1
  43b0c:	add x17, x17, x15
  43b10:	add x6, x6, x15
  43b14:	cmp x16, x4
  43b18:	b.lt 0x43a9c
  43b1c:	cmp x12, #0x7
  43b20:	csinc x0, x4, xzr, gt
  43b24:	madd x3, x0, x15, x3
  43b28:	sub w23, w12, w4, lsl #3
  43b2c:	cmp w23, #0x0
  43b30:	b.le 0x44858
  43b34:	lsl x19, x1, #2
  43b38:	mov x21, x3
  43b3c:	add x26, sp, #0x160
  43b40:	mov w24, #0x0
  43b44:	b 0x43b5c
  43b48:	add w24, w24, #0x1
  43b4c:	str x0, [x26], #8
  43b50:	add x21, x21, x19
  43b54:	cmp w24, #0x8
  43b58:	b.eq 0x447e8
  43b5c:	mov x0, x21
  43b60:	cmp w23, w24
  43b64:	b.gt 0x43b48
  43b68:	bl 0x16210
  43b6c:	b 0x43b48
  43b70:	cmp x2, #0x7
  43b74:	b.le 0x44138
  43b78:	adrp x1, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  43b7c:	add x25, sp, #0x120
  43b80:	sub x0, x2, #0x8
  43b84:	add x3, x24, #0x8
  43b88:	and x14, x0, #0xfffffffffffffff8
  43b8c:	add x11, x25, #0x40
  43b90:	ldr q5, [x1, #1504]
  43b94:	add x20, sp, #0xe0
  43b98:	add x14, x14, x3
  43b9c:	mov x7, x25
  43ba0:	mov x13, x22
  43ba4:	add x21, sp, #0x1d0
  43ba8:	mov x10, x11
  43bac:	mov x15, #0x4
  43bb0:	stp x27, x28, [sp, #80]
  43bb4:	mul x23, x24, x17
  43bb8:	ldr x4, [x19]
  43bbc:	cmp x12, #0x0
  43bc0:	add x9, x12, #0x7
  43bc4:	stp q5, q5, [x21, #-240]
  43bc8:	csel x9, x9, x12, lt
  43bcc:	stp q5, q5, [x21, #-208]
  43bd0:	add x23, x4, x23, lsl #2
  43bd4:	asr x9, x9, #3
  43bd8:	stp q5, q5, [x21, #-176]
  43bdc:	stp q5, q5, [x21, #-144]
  43be0:	cmp x12, #0x1f
  43be4:	b.le 0x4435c
  43be8:	adrp x1, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  43bec:	lsl x5, x17, #2
  43bf0:	add x26, x23, #0x80
  43bf4:	add x6, x5, #0x10
  43bf8:	ldr q2, [x1, #1504]
  43bfc:	lsl x18, x17, #3
  43c00:	mov w16, #0x0
  43c04:	mov x8, #0x0
  43c08:	mov x27, x20
  43c0c:	mov x4, x26
  43c10:	mov x2, x20
  43c14:	sub x1, x4, #0x80
  43c18:	ldr q1, [x1, x5]
  43c1c:	ldr q4, [x1, x6]
  43c20:	ldp q0, q3, [x1]
  43c24:	add x1, x1, #0x20
  43c28:	faddp v1.4s, v1.4s, v4.4s
  43c2c:	faddp v0.4s, v0.4s, v3.4s
  43c30:	faddp v0.4s, v0.4s, v1.4s
  43c34:	faddp v0.4s, v0.4s, v0.4s
  43c38:	fcvtl v0.2d, v0.2s
  43c3c:	fadd v2.2d, v2.2d, v0.2d
  43c40:	str q2, [x2]
  43c44:	cmp x1, x4
  43c48:	b.ne 0x43c18
  43c4c:	add x2, x2, #0x10
  43c50:	add x4, x4, x18
  43c54:	cmp x2, x7
  43c58:	b.eq 0x43c64
  43c5c:	ldr q2, [x2]
  43c60:	b 0x43c14
  43c64:	add w16, w16, #0x4
  43c68:	cmp w16, #0x40
  43c6c:	b.eq 0x43e38
  43c70:	add x1, x8, #0x7
  43c74:	add x26, x26, #0x80
  43c78:	ldur q2, [x21, #-240]
  43c7c:	add x8, x8, #0x4
  43c80:	cmp x9, x1
  43c84:	b.gt 0x43c08
  43c88:	sub x4, x9, #0x4
  43c8c:	cmp x12, #0x1f
  43c90:	and x4, x4, #0xfffffffffffffffc
  43c94:	add x4, x4, #0x4
  43c98:	csel x4, x4, x15, gt
  43c9c:	cmp x9, x4
  43ca0:	b.le 0x43d14
  43ca4:	lsl x5, x17, #2
  43ca8:	lsl x4, x4, #3
  43cac:	add x8, x5, #0x10
  43cb0:	lsl x26, x9, #3
  43cb4:	lsl x6, x17, #3
  43cb8:	mov x18, x20
  43cbc:	add x1, x23, x4, lsl #2
  43cc0:	mov x2, x20
  43cc4:	ldr q1, [x1, x8]
  43cc8:	ldr q2, [x1, x5]
  43ccc:	ldp q0, q3, [x1]
  43cd0:	add x1, x1, x6
  43cd4:	faddp v2.4s, v2.4s, v1.4s
  43cd8:	ldr q1, [x2]
  43cdc:	faddp v0.4s, v0.4s, v3.4s
  43ce0:	faddp v0.4s, v0.4s, v2.4s
  43ce4:	faddp v0.4s, v0.4s, v0.4s
  43ce8:	fcvtl v0.2d, v0.2s
  43cec:	fadd v0.2d, v1.2d, v0.2d
  43cf0:	str q0, [x2], #16
  43cf4:	cmp x2, x7
  43cf8:	b.ne 0x43cc4
  43cfc:	add w16, w16, #0x1
  43d00:	cmp w16, #0x40
  43d04:	b.eq 0x43e60
  43d08:	add x4, x4, #0x8
  43d0c:	cmp x4, x26
  43d10:	b.ne 0x43cb8
  43d14:	sub w12, w12, w9, lsl #3
  43d18:	cmp w12, #0x0
  43d1c:	b.le 0x43dcc
  43d20:	lsl x9, x9, #5
  43d24:	lsl x16, x17, #3
  43d28:	add x6, x9, x17, lsl #2
  43d2c:	sub x9, x9, #0x4
  43d30:	sub x6, x6, #0x4
  43d34:	add x8, x23, x9
  43d38:	add x6, x23, x6
  43d3c:	mov x9, x20
  43d40:	mov x1, #0x1
  43d44:	nop
  43d48:	sub w2, w1, #0x1
  43d4c:	movi v0.2s, #0x80, lsl #24
  43d50:	add x5, x6, x1, lsl #2
  43d54:	add x4, x10, x1, lsl #3
  43d58:	cmp w12, w2
  43d5c:	b.le 0x43d68
  43d60:	ldr s0, [x8, x1, lsl #2]
  43d64:	ld1 {v0.s}[1], [x5]
  43d68:	add x1, x1, #0x1
  43d6c:	stur d0, [x4, #-8]
  43d70:	cmp x1, #0x9
  43d74:	b.ne 0x43d48
  43d78:	ldp d0, d2, [sp, #352]
  43d7c:	add x6, x6, x16
  43d80:	ldp d4, d6, [sp, #368]
  43d84:	add x8, x8, x16
  43d88:	ldr d1, [sp, #384]
  43d8c:	fadd v0.2s, v0.2s, v2.2s
  43d90:	ldr d2, [sp, #392]
  43d94:	ldr d3, [sp, #400]
  43d98:	fadd v4.2s, v4.2s, v6.2s
  43d9c:	ldr d6, [sp, #408]
  43da0:	fadd v1.2s, v1.2s, v2.2s
  43da4:	ldr q2, [x9]
  43da8:	fadd v3.2s, v3.2s, v6.2s
  43dac:	fadd v0.2s, v0.2s, v4.2s
  43db0:	fadd v1.2s, v1.2s, v3.2s
  43db4:	fadd v0.2s, v0.2s, v1.2s
  43db8:	fcvtl v0.2d, v0.2s
  43dbc:	fadd v0.2d, v2.2d, v0.2d
  43dc0:	str q0, [x9], #16
  43dc4:	cmp x9, x7
  43dc8:	b.ne 0x43d40
  43dcc:	mov x4, x25
  43dd0:	mov x2, x20
  43dd4:	mov x1, #0x0
  43dd8:	ldr q0, [x4], #16
  43ddc:	ldr q1, [x2], #16
  43de0:	fadd v0.2d, v0.2d, v1.2d
  43de4:	str q0, [x13, x1]
  43de8:	add x1, x1, #0x10
  43dec:	cmp x1, #0x40
  43df0:	b.ne 0x43dd8
  43df4:	add x24, x24, #0x8
  43df8:	add x13, x13, #0x40
  43dfc:	cmp x24, x14
  43e00:	b.eq 0x4411c
  43e04:	ldr x12, [x19, #8]
  43e08:	ldr x17, [x19, #32]
  43e0c:	b 0x43bb4
  43e10:	mov x1, x27
  43e14:	ldr q0, [x1]
  43e18:	ldr q1, [x14]
  43e1c:	str q8, [x14], #16
  43e20:	fadd v0.2d, v0.2d, v1.2d
  43e24:	str q0, [x1], #16
  43e28:	cmp x1, x24
  43e2c:	b.ne 0x43e14
  43e30:	mov w18, #0x0
  43e34:	b 0x42f2c
  43e38:	mov x1, x25
  43e3c:	ldr q0, [x1]
  43e40:	ldr q1, [x27]
  43e44:	str q5, [x27], #16
  43e48:	fadd v0.2d, v0.2d, v1.2d
  43e4c:	str q0, [x1], #16
  43e50:	cmp x1, x11
  43e54:	b.ne 0x43e3c
  43e58:	mov w16, #0x0
  43e5c:	b 0x43c70
  43e60:	mov x1, x25
  43e64:	ldr q0, [x1]
  43e68:	ldr q1, [x18]
  43e6c:	str q5, [x18], #16
  43e70:	fadd v0.2d, v0.2d, v1.2d
  43e74:	str q0, [x1], #16
  43e78:	cmp x1, x11
  43e7c:	b.ne 0x43e64
  43e80:	mov w16, #0x0
  43e84:	b 0x43d08
  43e88:	ldp x22, x0, [sp, #200]
  43e8c:	ldr x3, [sp, #216]
  43e90:	lsr x1, x0, #3
  43e94:	and x2, x0, #0xfffffffffffffff8
  43e98:	add x1, x1, #0x1
  43e9c:	add x24, x2, x3
  43ea0:	sub x2, x0, x2
  43ea4:	add x22, x22, x1, lsl #6
  43ea8:	cmp x2, #0x1
  43eac:	b.le 0x440ac
  43eb0:	sub x2, x2, #0x2
  43eb4:	add x3, x24, #0x2
  43eb8:	and x23, x2, #0xfffffffffffffffe
  43ebc:	mov x21, x22
  43ec0:	add x23, x3, x23
  43ec4:	mov x25, #0x1
  43ec8:	ldp x27, x28, [x19, #24]
  43ecc:	ldp x1, x30, [x19]
  43ed0:	mul x0, x28, x24
  43ed4:	cmp x30, #0x0
  43ed8:	add x8, x30, #0x7
  43edc:	csel x8, x8, x30, lt
  43ee0:	add x6, x1, x0, lsl #2
  43ee4:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  43ee8:	asr x8, x8, #3
  43eec:	ldr q16, [x0, #1504]
  43ef0:	cmp x30, #0x7
  43ef4:	b.le 0x444ec
  43ef8:	lsl x13, x27, #2
  43efc:	lsl x12, x27, #3
  43f00:	add x7, x27, x27, lsl #1
  43f04:	add x10, x13, x27
  43f08:	sub x9, x12, x27
  43f0c:	lsl x14, x27, #4
  43f10:	lsl x15, x7, #2
  43f14:	lsl x10, x10, #2
  43f18:	mov v8.16b, v16.16b
  43f1c:	lsl x9, x9, #2
  43f20:	lsl x7, x7, #3
  43f24:	lsl x11, x27, #5
  43f28:	add x1, x6, x28, lsl #2
  43f2c:	mov x0, x6
  43f30:	mov x5, #0x0
  43f34:	mov w4, #0x0
  43f38:	b 0x43f44
  43f3c:	cmp x8, x5
  43f40:	b.le 0x43ff4
  43f44:	ldr s3, [x0, x13]
  43f48:	add x17, x1, x13
  43f4c:	ldr s7, [x0, x12]
  43f50:	add x16, x1, x12
  43f54:	ldr s1, [x0, x15]
  43f58:	add x26, x1, x15
  43f5c:	ldr s6, [x0, x14]
  43f60:	add x20, x1, x14
  43f64:	ldr s2, [x0, x10]
  43f68:	add x18, x1, x10
  43f6c:	ldr s4, [x0, x7]
  43f70:	add w4, w4, #0x1
  43f74:	ldr s0, [x0, x9]
  43f78:	add x5, x5, #0x1
  43f7c:	ld1 {v3.s}[1], [x17]
  43f80:	add x17, x1, x7
  43f84:	ld1 {v7.s}[1], [x16]
  43f88:	add x16, x1, x9
  43f8c:	ld1r {v5.2s}, [x0]
  43f90:	add x0, x0, x11
  43f94:	ld1 {v1.s}[1], [x26]
  43f98:	ld1 {v6.s}[1], [x20]
  43f9c:	ld1 {v5.s}[1], [x1]
  43fa0:	add x1, x1, x11
  43fa4:	ld1 {v2.s}[1], [x18]
  43fa8:	fadd v1.2s, v1.2s, v7.2s
  43fac:	ld1 {v4.s}[1], [x17]
  43fb0:	ld1 {v0.s}[1], [x16]
  43fb4:	fadd v3.2s, v3.2s, v5.2s
  43fb8:	fadd v2.2s, v2.2s, v6.2s
  43fbc:	fadd v0.2s, v0.2s, v4.2s
  43fc0:	fadd v1.2s, v1.2s, v3.2s
  43fc4:	fadd v0.2s, v0.2s, v2.2s
  43fc8:	fadd v0.2s, v0.2s, v1.2s
  43fcc:	fcvtl v0.2d, v0.2s
  43fd0:	fadd v8.2d, v8.2d, v0.2d
  43fd4:	cmp w4, #0x40
  43fd8:	b.ne 0x43f3c
  43fdc:	adrp x16, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  43fe0:	mov w4, #0x0
  43fe4:	fadd v16.2d, v16.2d, v8.2d
  43fe8:	ldr q8, [x16, #1504]
  43fec:	cmp x8, x5
  43ff0:	b.gt 0x43f44
  43ff4:	cmp x30, #0x7
  43ff8:	csel x0, x8, x25, gt
  43ffc:	madd x6, x0, x11, x6
  44000:	sub w8, w30, w8, lsl #3
  44004:	cmp w8, #0x0
  44008:	b.le 0x44080
  4400c:	lsl x28, x28, #2
  44010:	lsl x27, x27, #2
  44014:	mov x0, x6
  44018:	add x4, sp, #0x160
  4401c:	mov w1, #0x0
  44020:	movi v0.2s, #0x80, lsl #24
  44024:	add x5, x0, x28
  44028:	cmp w8, w1
  4402c:	b.le 0x44038
  44030:	ld1r {v0.2s}, [x0]
  44034:	ld1 {v0.s}[1], [x5]
  44038:	add w1, w1, #0x1
  4403c:	str d0, [x4], #8
  44040:	add x0, x0, x27
  44044:	cmp w1, #0x8
  44048:	b.ne 0x44020
  4404c:	ldp d3, d0, [sp, #352]
  44050:	ldp d1, d4, [sp, #368]
  44054:	ldp d2, d5, [sp, #384]
  44058:	fadd v3.2s, v3.2s, v0.2s
  4405c:	fadd v1.2s, v1.2s, v4.2s
  44060:	ldp d0, d4, [sp, #400]
  44064:	fadd v2.2s, v2.2s, v5.2s
  44068:	fadd v1.2s, v1.2s, v3.2s
  4406c:	fadd v0.2s, v0.2s, v4.2s
  44070:	fadd v0.2s, v0.2s, v2.2s
  44074:	fadd v0.2s, v0.2s, v1.2s
  44078:	fcvtl v0.2d, v0.2s
  4407c:	fadd v8.2d, v8.2d, v0.2d
  44080:	fadd v8.2d, v8.2d, v16.2d
  44084:	add x24, x24, #0x2
  44088:	str q8, [x21], #16
  4408c:	cmp x24, x23
  44090:	b.ne 0x43ec8
  44094:	lsr x0, x2, #1
  44098:	and x1, x2, #0xfffffffffffffffe
  4409c:	add x0, x0, #0x1
  440a0:	add x24, x1, x3
  440a4:	sub x2, x2, x1
  440a8:	add x22, x22, x0, lsl #4
  440ac:	cmp x2, #0x1
  440b0:	b.ne 0x440c4
  440b4:	mov x1, x24
  440b8:	mov x0, x19
  440bc:	bl 0x1dc20
  440c0:	str d0, [x22]
  440c4:	ldp x29, x30, [sp]
  440c8:	ldp x19, x20, [sp, #16]
  440cc:	ldp x21, x22, [sp, #32]
  440d0:	ldp x23, x24, [sp, #48]
  440d4:	ldp x25, x26, [sp, #64]
  440d8:	ldp x27, x28, [sp, #80]
  440dc:	ldr d8, [sp, #96]
  440e0:	add sp, sp, #0x1d0
  440e4:	add sp, sp, #0x10, lsl #12
  440e8:	ret
  440ec:	b.ne 0x4410c
  440f0:	lsl x5, x10, #2
  440f4:	add x4, x19, #0x8, lsl #12
  440f8:	mov x14, #0x0
  440fc:	b 0x43714
  44100:	mov x11, #0x0
  44104:	b 0x43304
  44108:	ldr x12, [x21, #8]
  4410c:	cmp w22, #0x3f
  44110:	b.eq 0x435b8
  44114:	add w22, w22, #0x1
  44118:	b 0x43310
  4411c:	ldp x27, x28, [sp, #80]
  44120:	lsr x1, x0, #3
  44124:	add x1, x1, #0x1
  44128:	and x2, x0, #0xfffffffffffffff8
  4412c:	add x24, x2, x3
  44130:	sub x2, x0, x2
  44134:	add x22, x22, x1, lsl #6
  44138:	cmp x2, #0x1
  4413c:	b.le 0x44320
  44140:	sub x2, x2, #0x2
  44144:	add x3, x24, #0x2
  44148:	and x10, x2, #0xfffffffffffffffe
  4414c:	mov x9, x22
  44150:	add x10, x3, x10
  44154:	add x8, sp, #0x160
  44158:	mov x11, #0x4
  4415c:	ldp x0, x15, [x19]
  44160:	ldr x14, [x19, #32]
  44164:	mul x7, x14, x24
  44168:	cmp x15, #0x0
  4416c:	add x12, x15, #0x7
  44170:	csel x12, x12, x15, lt
  44174:	add x13, x0, x7, lsl #2
  44178:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  4417c:	asr x12, x12, #3
  44180:	ldr q5, [x0, #1504]
  44184:	cmp x15, #0x1f
  44188:	b.le 0x44500
  4418c:	lsl x5, x14, #2
  44190:	add x1, x13, #0x80
  44194:	mov v2.16b, v5.16b
  44198:	add x7, x5, #0x10
  4419c:	mov w6, #0x0
  441a0:	mov x4, #0x0
  441a4:	nop
  441a8:	sub x0, x1, #0x80
  441ac:	ldr q1, [x0, x5]
  441b0:	ldr q4, [x0, x7]
  441b4:	ldp q0, q3, [x0]
  441b8:	add x0, x0, #0x20
  441bc:	faddp v1.4s, v1.4s, v4.4s
  441c0:	faddp v0.4s, v0.4s, v3.4s
  441c4:	faddp v0.4s, v0.4s, v1.4s
  441c8:	faddp v0.4s, v0.4s, v0.4s
  441cc:	fcvtl v0.2d, v0.2s
  441d0:	fadd v2.2d, v2.2d, v0.2d
  441d4:	cmp x0, x1
  441d8:	b.ne 0x441ac
  441dc:	add w6, w6, #0x4
  441e0:	cmp w6, #0x40
  441e4:	b.eq 0x44348
  441e8:	add x0, x4, #0x7
  441ec:	add x1, x1, #0x80
  441f0:	add x4, x4, #0x4
  441f4:	cmp x12, x0
  441f8:	b.gt 0x441a8
  441fc:	sub x0, x12, #0x4
  44200:	cmp x15, #0x1f
  44204:	and x0, x0, #0xfffffffffffffffc
  44208:	add x0, x0, #0x4
  4420c:	csel x0, x0, x11, gt
  44210:	cmp x0, x12
  44214:	b.ge 0x44264
  44218:	lsl x1, x14, #2
  4421c:	add x0, x13, x0, lsl #5
  44220:	add x5, x1, #0x10
  44224:	add x4, x13, x12, lsl #5
  44228:	ldr q1, [x0, x1]
  4422c:	add w6, w6, #0x1
  44230:	ldr q4, [x0, x5]
  44234:	ldp q0, q3, [x0]
  44238:	add x0, x0, #0x20
  4423c:	faddp v1.4s, v1.4s, v4.4s
  44240:	faddp v0.4s, v0.4s, v3.4s
  44244:	faddp v0.4s, v0.4s, v1.4s
  44248:	faddp v0.4s, v0.4s, v0.4s
  4424c:	fcvtl v0.2d, v0.2s
  44250:	fadd v2.2d, v2.2d, v0.2d
  44254:	cmp w6, #0x40
  44258:	b.eq 0x44378
  4425c:	cmp x0, x4
  44260:	b.ne 0x44228
  44264:	sub w5, w15, w12, lsl #3
  44268:	cmp w5, #0x0
  4426c:	b.le 0x442f4
  44270:	lsl x12, x12, #5
  44274:	mov x0, #0x1
  44278:	add x1, x12, x14, lsl #2
  4427c:	sub x12, x12, #0x4
  44280:	sub x1, x1, #0x4
  44284:	add x4, x13, x12
  44288:	add x7, x13, x1
  4428c:	nop
  44290:	sub w1, w0, #0x1
  44294:	movi v0.2s, #0x80, lsl #24
  44298:	add x12, x7, x0, lsl #2
  4429c:	add x6, x8, x0, lsl #3
  442a0:	cmp w5, w1
  442a4:	b.le 0x442b0
  442a8:	ldr s0, [x4, x0, lsl #2]
  442ac:	ld1 {v0.s}[1], [x12]
  442b0:	add x0, x0, #0x1
  442b4:	stur d0, [x6, #-8]
  442b8:	cmp x0, #0x9
  442bc:	b.ne 0x44290
  442c0:	ldp d0, d3, [sp, #352]
  442c4:	ldp d4, d6, [sp, #368]
  442c8:	ldp d1, d7, [sp, #384]
  442cc:	fadd v0.2s, v0.2s, v3.2s
  442d0:	fadd v4.2s, v4.2s, v6.2s
  442d4:	ldp d3, d6, [sp, #400]
  442d8:	fadd v1.2s, v1.2s, v7.2s
  442dc:	fadd v0.2s, v0.2s, v4.2s
  442e0:	fadd v3.2s, v3.2s, v6.2s
  442e4:	fadd v1.2s, v1.2s, v3.2s
  442e8:	fadd v0.2s, v0.2s, v1.2s
  442ec:	fcvtl v0.2d, v0.2s
  442f0:	fadd v2.2d, v2.2d, v0.2d
  442f4:	fadd v2.2d, v2.2d, v5.2d
  442f8:	add x24, x24, #0x2
  442fc:	str q2, [x9], #16
  44300:	cmp x24, x10
  44304:	b.ne 0x4415c
  44308:	lsr x0, x2, #1
  4430c:	and x1, x2, #0xfffffffffffffffe
  44310:	add x0, x0, #0x1
  44314:	add x24, x1, x3
  44318:	sub x2, x2, x1
  4431c:	add x22, x22, x0, lsl #4
  44320:	cmp x2, #0x1
  44324:	b.ne 0x4339c
  44328:	mov x1, x24
  4432c:	mov x0, x19
  44330:	bl 0x1dc20
  44334:	ldp x19, x20, [sp, #16]
  44338:	ldp x23, x24, [sp, #48]
  4433c:	ldp x25, x26, [sp, #64]
  44340:	str d0, [x22]
  44344:	b 0x433a8
  44348:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  4434c:	mov w6, #0x0
  44350:	fadd v5.2d, v5.2d, v2.2d
  44354:	ldr q2, [x0, #1504]
  44358:	b 0x441e8
  4435c:	mov w16, #0x0
  44360:	mov x4, #0x0
  44364:	b 0x43c9c
  44368:	b.ne 0x438fc
  4436c:	add x4, x19, #0x8, lsl #12
  44370:	mov x11, #0x0
  44374:	b 0x43870
  44378:	adrp x7, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  4437c:	mov w6, #0x0
  44380:	fadd v5.2d, v5.2d, v2.2d
  44384:	ldr q2, [x7, #1504]
  44388:	b 0x4425c
  4438c:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  44390:	add x21, sp, #0x1d0
  44394:	stp x27, x28, [sp, #80]
  44398:	ldr q0, [x0, #1504]
  4439c:	str q0, [sp, #288]
  443a0:	stur q0, [x21, #-160]
  443a4:	cmp x12, #0x7
  443a8:	b.le 0x449d8
  443ac:	lsl x14, x1, #2
  443b0:	lsl x13, x1, #3
  443b4:	add x5, x1, x1, lsl #1
  443b8:	add x10, x14, x1
  443bc:	sub x9, x13, x1
  443c0:	str d8, [sp, #96]
  443c4:	mov v2.16b, v0.16b
  443c8:	lsl x16, x5, #2
  443cc:	mov v6.16b, v0.16b
  443d0:	lsl x10, x10, #2
  443d4:	mov v16.16b, v0.16b
  443d8:	lsl x17, x1, #4
  443dc:	mov v8.16b, v0.16b
  443e0:	lsl x9, x9, #2
  443e4:	lsl x5, x5, #3
  443e8:	lsl x15, x1, #5
  443ec:	mov x8, x3
  443f0:	add x25, sp, #0x120
  443f4:	mov x11, #0x0
  443f8:	mov w7, #0x0
  443fc:	mov x6, x25
  44400:	mov x0, x8
  44404:	add x18, x8, #0x10
  44408:	ldr d3, [x0, x5]
  4440c:	ldr d0, [x0, x9]
  44410:	ldr d5, [x0, x10]
  44414:	ldr d7, [x0, x17]
  44418:	ldr d1, [x0, x16]
  4441c:	fadd v0.2s, v0.2s, v3.2s
  44420:	ldr d4, [x0, x14]
  44424:	ldr d3, [x0, x13]
  44428:	fadd v5.2s, v5.2s, v7.2s
  4442c:	ldr d7, [x0], #8
  44430:	fadd v1.2s, v1.2s, v3.2s
  44434:	fadd v4.2s, v4.2s, v7.2s
  44438:	fadd v0.2s, v0.2s, v5.2s
  4443c:	ldr q3, [x6]
  44440:	fadd v1.2s, v1.2s, v4.2s
  44444:	fadd v0.2s, v0.2s, v1.2s
  44448:	fcvtl v0.2d, v0.2s
  4444c:	fadd v0.2d, v3.2d, v0.2d
  44450:	str q0, [x6], #16
  44454:	cmp x18, x0
  44458:	b.ne 0x44408
  4445c:	add w7, w7, #0x1
  44460:	ldur q0, [x21, #-176]
  44464:	cmp w7, #0x40
  44468:	b.eq 0x447cc
  4446c:	add x11, x11, #0x1
  44470:	add x8, x8, x15
  44474:	cmp x11, x4
  44478:	b.lt 0x443fc
  4447c:	cmp x12, #0x7
  44480:	ldr d8, [sp, #96]
  44484:	csinc x0, x4, xzr, gt
  44488:	madd x3, x0, x15, x3
  4448c:	sub w28, w12, w4, lsl #3
  44490:	cmp w28, #0x0
  44494:	b.le 0x447b8
  44498:	lsl x1, x1, #2
  4449c:	mov x25, x3
  444a0:	add x27, sp, #0x160
  444a4:	mov w20, #0x0
  444a8:	stp x22, x21, [sp, #120]
  444ac:	mov x21, x19
  444b0:	mov x22, x2
  444b4:	mov x19, x1
  444b8:	b 0x444d0
  444bc:	add w20, w20, #0x1
  444c0:	str x0, [x27], #8
  444c4:	add x25, x25, x19
  444c8:	cmp w20, #0x8
  444cc:	b.eq 0x4495c
  444d0:	mov x0, x25
  444d4:	cmp w28, w20
  444d8:	b.gt 0x444bc
  444dc:	stp q2, q6, [sp, #144]
  444e0:	bl 0x16210
  444e4:	ldp q2, q6, [sp, #144]
  444e8:	b 0x444bc
  444ec:	mov v8.16b, v16.16b
  444f0:	b 0x44000
  444f4:	mov w20, #0x0
  444f8:	mov w21, #0x0
  444fc:	b 0x4333c
  44500:	mov v2.16b, v5.16b
  44504:	mov w6, #0x0
  44508:	mov x0, #0x0
  4450c:	b 0x44210
  44510:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  44514:	stp x27, x28, [sp, #80]
  44518:	ldr q2, [x0, #1504]
  4451c:	cmp x12, #0x7
  44520:	b.le 0x449f4
  44524:	lsl x13, x1, #2
  44528:	lsl x11, x1, #3
  4452c:	add x0, x1, x1, lsl #1
  44530:	add x9, x13, x1
  44534:	sub x8, x11, x1
  44538:	lsl x14, x1, #4
  4453c:	lsl x15, x0, #2
  44540:	lsl x5, x0, #3
  44544:	mov v0.16b, v2.16b
  44548:	lsl x9, x9, #2
  4454c:	lsl x8, x8, #2
  44550:	lsl x10, x1, #5
  44554:	mov x0, x3
  44558:	mov x7, #0x0
  4455c:	mov w6, #0x0
  44560:	b 0x4456c
  44564:	cmp x7, x4
  44568:	b.ge 0x44890
  4456c:	ldr d4, [x0, x5]
  44570:	add w6, w6, #0x1
  44574:	ldr d6, [x0, x14]
  44578:	add x7, x7, #0x1
  4457c:	ldr d1, [x0, x8]
  44580:	ldr d5, [x0, x9]
  44584:	ldr d3, [x0, x15]
  44588:	ldr d7, [x0, x11]
  4458c:	fadd v1.2s, v1.2s, v4.2s
  44590:	ldr d4, [x0, x13]
  44594:	fadd v5.2s, v5.2s, v6.2s
  44598:	ldr d6, [x0]
  4459c:	add x0, x0, x10
  445a0:	fadd v3.2s, v3.2s, v7.2s
  445a4:	fadd v4.2s, v4.2s, v6.2s
  445a8:	fadd v1.2s, v1.2s, v5.2s
  445ac:	fadd v3.2s, v3.2s, v4.2s
  445b0:	fadd v1.2s, v1.2s, v3.2s
  445b4:	fcvtl v1.2d, v1.2s
  445b8:	fadd v0.2d, v0.2d, v1.2d
  445bc:	cmp w6, #0x40
  445c0:	b.ne 0x44564
  445c4:	adrp x16, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  445c8:	mov w6, #0x0
  445cc:	fadd v2.2d, v2.2d, v0.2d
  445d0:	ldr q0, [x16, #1504]
  445d4:	b 0x44564
  445d8:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  445dc:	add x21, sp, #0x1d0
  445e0:	stp x27, x28, [sp, #80]
  445e4:	ldr q0, [x0, #1504]
  445e8:	str d8, [sp, #96]
  445ec:	sub x0, x21, #0xf0
  445f0:	str q0, [sp, #224]
  445f4:	str q0, [sp, #288]
  445f8:	stp q0, q0, [x21, #-224]
  445fc:	stp q0, q0, [x21, #-160]
  44600:	cmp x12, #0x7
  44604:	b.le 0x449e4
  44608:	lsl x13, x1, #2
  4460c:	lsl x11, x1, #3
  44610:	add x6, x1, x1, lsl #1
  44614:	add x9, x13, x1
  44618:	sub x8, x11, x1
  4461c:	lsl x18, x1, #4
  44620:	mov v5.16b, v0.16b
  44624:	lsl x17, x6, #2
  44628:	mov v7.16b, v0.16b
  4462c:	lsl x9, x9, #2
  44630:	lsl x8, x8, #2
  44634:	lsl x6, x6, #3
  44638:	lsl x14, x1, #5
  4463c:	add x7, x3, #0x18
  44640:	mov x16, x3
  44644:	mov x20, x0
  44648:	mov x15, #0x0
  4464c:	mov w10, #0x0
  44650:	mov x25, x20
  44654:	mov x0, x16
  44658:	mov x5, x20
  4465c:	ldr d2, [x0, x6]
  44660:	ldr d0, [x0, x8]
  44664:	ldr d4, [x0, x9]
  44668:	ldr d6, [x0, x18]
  4466c:	ldr d1, [x0, x17]
  44670:	fadd v0.2s, v0.2s, v2.2s
  44674:	ldr d3, [x0, x13]
  44678:	ldr d2, [x0, x11]
  4467c:	fadd v4.2s, v4.2s, v6.2s
  44680:	ldr d6, [x0], #8
  44684:	fadd v1.2s, v1.2s, v2.2s
  44688:	fadd v3.2s, v3.2s, v6.2s
  4468c:	fadd v0.2s, v0.2s, v4.2s
  44690:	ldr q2, [x5]
  44694:	fadd v1.2s, v1.2s, v3.2s
  44698:	fadd v0.2s, v0.2s, v1.2s
  4469c:	fcvtl v0.2d, v0.2s
  446a0:	fadd v0.2d, v2.2d, v0.2d
  446a4:	str q0, [x5], #16
  446a8:	cmp x0, x7
  446ac:	b.ne 0x4465c
  446b0:	add w10, w10, #0x1
  446b4:	cmp w10, #0x40
  446b8:	b.eq 0x4474c
  446bc:	add x15, x15, #0x1
  446c0:	add x16, x16, x14
  446c4:	ldr q0, [sp, #224]
  446c8:	add x7, x7, x14
  446cc:	cmp x15, x4
  446d0:	b.lt 0x44650
  446d4:	cmp x12, #0x7
  446d8:	csinc x5, x4, xzr, gt
  446dc:	ldp q2, q8, [x21, #-160]
  446e0:	madd x3, x5, x14, x3
  446e4:	sub w28, w12, w4, lsl #3
  446e8:	cmp w28, #0x0
  446ec:	b.le 0x430c8
  446f0:	lsl x1, x1, #2
  446f4:	mov x25, x3
  446f8:	add x27, sp, #0x160
  446fc:	mov w20, #0x0
  44700:	stp x22, x21, [sp, #120]
  44704:	mov x21, x19
  44708:	mov x22, x2
  4470c:	mov x19, x1
  44710:	b 0x44728
  44714:	add w20, w20, #0x1
  44718:	str x0, [x27], #8
  4471c:	add x25, x25, x19
  44720:	cmp w20, #0x8
  44724:	b.eq 0x43048
  44728:	mov x0, x25
  4472c:	cmp w20, w28
  44730:	b.lt 0x44714
  44734:	stp q5, q2, [sp, #144]
  44738:	str q8, [sp, #176]
  4473c:	bl 0x16210
  44740:	ldp q5, q2, [sp, #144]
  44744:	ldr q8, [sp, #176]
  44748:	b 0x44714
  4474c:	add x5, sp, #0x120
  44750:	mov w0, #0x0
  44754:	ldr q0, [x5]
  44758:	add w0, w0, #0x1
  4475c:	ldr q1, [x25]
  44760:	str q7, [x25], #16
  44764:	fadd v0.2d, v0.2d, v1.2d
  44768:	str q0, [x5], #16
  4476c:	cmp w0, #0x3
  44770:	b.ne 0x44754
  44774:	ldur q5, [x21, #-176]
  44778:	mov w10, #0x0
  4477c:	b 0x446bc
  44780:	adrp x0, 122000 <absl::debian3::Status::kMovedFromString+0x208>
  44784:	add x2, x25, #0x40
  44788:	ldr q1, [x0, #1504]
  4478c:	mov x0, x25
  44790:	ldr q0, [x0]
  44794:	ldr q2, [x18]
  44798:	str q1, [x18], #16
  4479c:	fadd v0.2d, v0.2d, v2.2d
  447a0:	str q0, [x0], #16
  447a4:	cmp x2, x0
  447a8:	b.ne 0x44790
  447ac:	mov w14, #0x0
  447b0:	b 0x43b08
  447b4:	ldr q0, [sp, #288]
  447b8:	ldur q1, [x21, #-160]
  447bc:	fadd v6.2d, v6.2d, v0.2d
  447c0:	fadd v2.2d, v2.2d, v1.2d
  447c4:	stp q6, q2, [x22]
  447c8:	b 0x430e4
  447cc:	ldur q1, [x21, #-160]
  447d0:	mov w7, #0x0
  447d4:	fadd v6.2d, v6.2d, v0.2d
  447d8:	stp q8, q8, [x21, #-176]
  447dc:	mov v0.16b, v16.16b
  447e0:	fadd v2.2d, v2.2d, v1.2d
  447e4:	b 0x4446c
  447e8:	ldp x9, x8, [sp, #352]
  447ec:	mov x1, x20
  447f0:	ldp x7, x6, [sp, #368]
  447f4:	mov x0, #0x0
  447f8:	ldp x5, x4, [sp, #384]
  447fc:	ldp x3, x2, [sp, #400]
  44800:	ldr d2, [x3, x0, lsl #3]
  44804:	ldr d5, [x5, x0, lsl #3]
  44808:	ldr d0, [x2, x0, lsl #3]
  4480c:	ldr d4, [x4, x0, lsl #3]
  44810:	ldr d1, [x6, x0, lsl #3]
  44814:	ldr d3, [x8, x0, lsl #3]
  44818:	fadd v0.2s, v0.2s, v2.2s
  4481c:	ldr d2, [x7, x0, lsl #3]
  44820:	fadd v4.2s, v4.2s, v5.2s
  44824:	ldr d5, [x9, x0, lsl #3]
  44828:	add x0, x0, #0x1
  4482c:	fadd v1.2s, v1.2s, v2.2s
  44830:	fadd v3.2s, v3.2s, v5.2s
  44834:	fadd v0.2s, v0.2s, v4.2s
  44838:	ldr q2, [x1]
  4483c:	fadd v1.2s, v1.2s, v3.2s
  44840:	fadd v0.2s, v0.2s, v1.2s
  44844:	fcvtl v0.2d, v0.2s
  44848:	fadd v0.2d, v2.2d, v0.2d
  4484c:	str q0, [x1], #16
  44850:	cmp x0, #0x4
  44854:	b.ne 0x44800
  44858:	mov x0, #0x0
  4485c:	ldr q0, [x25], #16
  44860:	ldr q1, [x20], #16
  44864:	fadd v0.2d, v0.2d, v1.2d
  44868:	str q0, [x22, x0]
  4486c:	add x0, x0, #0x10
  44870:	cmp x0, #0x40
  44874:	b.ne 0x4485c
  44878:	b 0x4339c
  4487c:	ldp x19, x20, [sp, #16]
  44880:	ldp x23, x24, [sp, #48]
  44884:	ldp x25, x26, [sp, #64]
  44888:	ldp x27, x28, [sp, #80]
  4488c:	b 0x433a8
  44890:	cmp x12, #0x7
  44894:	csinc x0, x4, xzr, gt
  44898:	madd x3, x0, x10, x3
  4489c:	sub w27, w12, w4, lsl #3
  448a0:	cmp w27, #0x0
  448a4:	b.le 0x44950
  448a8:	lsl x28, x1, #2
  448ac:	mov x21, x3
  448b0:	add x25, sp, #0x160
  448b4:	mov w20, #0x0
  448b8:	str x22, [sp, #120]
  448bc:	mov x22, x2
  448c0:	b 0x448d8
  448c4:	add w20, w20, #0x1
  448c8:	str x0, [x25], #8
  448cc:	add x21, x21, x28
  448d0:	cmp w20, #0x8
  448d4:	b.eq 0x448f4
  448d8:	mov x0, x21
  448dc:	cmp w20, w27
  448e0:	b.lt 0x448c4
  448e4:	stp q2, q0, [sp, #128]
  448e8:	bl 0x16210
  448ec:	ldp q2, q0, [sp, #128]
  448f0:	b 0x448c4
  448f4:	ldp x5, x7, [sp, #384]
  448f8:	mov x2, x22
  448fc:	ldp x8, x6, [sp, #400]
  44900:	ldp x0, x1, [sp, #352]
  44904:	ldp x3, x4, [sp, #368]
  44908:	ldr d6, [x5]
  4490c:	ldr d4, [x8]
  44910:	ldr d1, [x6]
  44914:	ldr d5, [x7]
  44918:	ldr d7, [x3]
  4491c:	ldr d3, [x4]
  44920:	fadd v1.2s, v1.2s, v4.2s
  44924:	ldr d4, [x1]
  44928:	fadd v5.2s, v5.2s, v6.2s
  4492c:	ldr d6, [x0]
  44930:	fadd v3.2s, v3.2s, v7.2s
  44934:	ldr x22, [sp, #120]
  44938:	fadd v4.2s, v4.2s, v6.2s
  4493c:	fadd v1.2s, v1.2s, v5.2s
  44940:	fadd v3.2s, v3.2s, v4.2s
  44944:	fadd v1.2s, v1.2s, v3.2s
  44948:	fcvtl v1.2d, v1.2s
  4494c:	fadd v0.2d, v0.2d, v1.2d
  44950:	fadd v0.2d, v0.2d, v2.2d
  44954:	str q0, [x22]
  44958:	b 0x430e4
  4495c:	ldp x10, x9, [sp, #352]
  44960:	mov x19, x21
  44964:	ldp x8, x7, [sp, #368]
  44968:	mov x2, x22
  4496c:	ldp x22, x21, [sp, #120]
  44970:	add x1, sp, #0x120
  44974:	ldp x6, x5, [sp, #384]
  44978:	mov x0, #0x0
  4497c:	ldp x4, x3, [sp, #400]
  44980:	ldr d3, [x4, x0]
  44984:	ldr d7, [x6, x0]
  44988:	ldr d0, [x3, x0]
  4498c:	ldr d5, [x5, x0]
  44990:	ldr d1, [x7, x0]
  44994:	ldr d4, [x9, x0]
  44998:	fadd v0.2s, v0.2s, v3.2s
  4499c:	ldr d3, [x8, x0]
  449a0:	fadd v5.2s, v5.2s, v7.2s
  449a4:	ldr d7, [x10, x0]
  449a8:	fadd v1.2s, v1.2s, v3.2s
  449ac:	fadd v4.2s, v4.2s, v7.2s
  449b0:	fadd v0.2s, v0.2s, v5.2s
  449b4:	ldr q3, [x1]
  449b8:	fadd v1.2s, v1.2s, v4.2s
  449bc:	fadd v0.2s, v0.2s, v1.2s
  449c0:	fcvtl v0.2d, v0.2s
  449c4:	fadd v0.2d, v3.2d, v0.2d
  449c8:	str q0, [x1], #16
  449cc:	cbnz x0, 0x447b4
  449d0:	mov x0, #0x8
  449d4:	b 0x44980
  449d8:	mov v2.16b, v0.16b
  449dc:	mov v6.16b, v0.16b
  449e0:	b 0x4448c
  449e4:	mov v8.16b, v0.16b
  449e8:	mov v5.16b, v0.16b
  449ec:	mov v2.16b, v0.16b
  449f0:	b 0x446e4
  449f4:	mov v0.16b, v2.16b
  449f8:	b 0x4489c
  449fc:	nop

