ea10 <raptors::(anonymous namespace)::WriteSums(bool, long, double const*, long, raptors::MutableVectorView const&, long)>:
  ea10:	and w0, w0, #0xff
  ea14:	cmp x3, #0x0
  ea18:	b.le 0xea80
  ea1c:	ldr x7, [x4, #24]
  ea20:	mov x6, #0x7ff8000000000000
  ea24:	fmov d1, x6
  ea28:	ldr w9, [x4, #8]
  ea2c:	ldr x10, [x4]
  ea30:	mul x5, x7, x5
  ea34:	lsl x8, x7, #2
  ea38:	lsl x7, x7, #3
  ea3c:	mov x4, #0x0
  ea40:	lsl x6, x5, #2
  ea44:	lsl x5, x5, #3
  ea48:	cbz w0, 0xea8c
  ea4c:	fmov d0, d1
  ea50:	cbz x1, 0xea60
  ea54:	scvtf d2, x1
  ea58:	ldr d0, [x2, x4, lsl #3]
  ea5c:	fdiv d0, d0, d2
  ea60:	cbnz w9, 0xea84
  ea64:	fcvt s0, d0
  ea68:	str s0, [x10, x6]
  ea6c:	add x4, x4, #0x1
  ea70:	add x6, x6, x8
  ea74:	add x5, x5, x7
  ea78:	cmp x3, x4
  ea7c:	b.ne 0xea48
  ea80:	ret
  ea84:	str d0, [x10, x5]
  ea88:	b 0xea6c
  ea8c:	ldr d0, [x2, x4, lsl #3]
  ea90:	b 0xea60
  ea94:	nop
  ea98:	nop
  ea9c:	nop

38430 <void raptors::sve::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*) [clone .part.0]>:
  38430:	sub sp, sp, #0x160
  38434:	mov x7, x1
  38438:	sub sp, sp, #0x14, lsl #12
  3843c:	stp x29, x30, [sp]
  38440:	mov x29, sp
  38444:	stp x19, x20, [sp, #16]
  38448:	mov x20, x0
  3844c:	stp x23, x24, [sp, #48]
  38450:	mov x23, x2
  38454:	add x2, sp, #0x16f
  38458:	stp x25, x26, [sp, #64]
  3845c:	and x6, x2, #0xffffffffffffffc0
  38460:	mov x25, x3
  38464:	ldr x0, [x0, #8]
  38468:	cmp x23, #0x0
  3846c:	b.le 0x38ba8
  38470:	addvl x4, x6, #-1
  38474:	cntd x1
  38478:	mov w5, w23
  3847c:	mov x8, x1
  38480:	addvl x2, x6, #-1
  38484:	add x3, x6, #0x8, lsl #12
  38488:	add x4, x4, #0x8, lsl #12
  3848c:	whilelo p0.d, wzr, w23
  38490:	mov z0.d, #0x8000000000000000
  38494:	st1d {z0.d}, p0, [x2, x1, lsl #3]
  38498:	st1d {z0.d}, p0, [x4, x1, lsl #3]
  3849c:	whilelo p0.d, w1, w5
  384a0:	add x1, x1, x8
  384a4:	b.ne 0x38494
  384a8:	cmp x0, #0x0
  384ac:	b.le 0x38750
  384b0:	cntd x1
  384b4:	add x9, sp, #0xb0
  384b8:	sbfiz x5, x1, #2, #32
  384bc:	sxtw x19, w1
  384c0:	stp x27, x28, [sp, #80]
  384c4:	sbfiz x28, x1, #3, #32
  384c8:	adrp x1, 104000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  384cc:	add x8, x1, #0xc80
  384d0:	mov x10, x6
  384d4:	mov x11, x8
  384d8:	mov x13, x25
  384dc:	mov x12, x9
  384e0:	mov x8, x7
  384e4:	stp x21, x22, [sp, #32]
  384e8:	add x22, sp, #0xf0
  384ec:	mov w1, #0x0
  384f0:	mov x24, #0x0
  384f4:	stp x28, x5, [sp, #152]
  384f8:	sub x21, x0, x24
  384fc:	ldr x25, [x20, #32]
  38500:	cmp x21, #0x8
  38504:	mov x2, #0x8
  38508:	add w9, w1, #0x1
  3850c:	csel x21, x21, x2, le
  38510:	cmp x25, #0x1
  38514:	b.eq 0x38a9c
  38518:	cmp x23, #0x0
  3851c:	b.le 0x38b74
  38520:	add x18, x10, #0x8, lsl #12
  38524:	mov x17, x8
  38528:	mov x5, x18
  3852c:	add x27, x10, #0x10, lsl #12
  38530:	lsl x3, x25, #2
  38534:	mov x15, #0x0
  38538:	mov x26, #0x100
  3853c:	mov w16, #0x1
  38540:	cntd x4
  38544:	mov x28, #0x1
  38548:	str w9, [sp, #104]
  3854c:	mov z4.d, #0x8000000000000000
  38550:	stp x10, x8, [sp, #112]
  38554:	ptrue p0.b
  38558:	stp x13, x0, [sp, #128]
  3855c:	str x12, [sp, #144]
  38560:	sub x1, x23, x15
  38564:	mul x9, x17, x25
  38568:	cmp x1, #0x100
  3856c:	mov x2, x27
  38570:	csel x1, x1, x26, le
  38574:	mov x8, x24
  38578:	mov w6, w1
  3857c:	mov w7, #0x0
  38580:	cmp w21, w7
  38584:	b.le 0x38a54
  38588:	ldr x10, [x20, #24]
  3858c:	mov x0, #0x0
  38590:	ldr x12, [x20]
  38594:	madd x10, x8, x10, x9
  38598:	add x10, x12, x10, lsl #2
  3859c:	nop
  385a0:	ldr s0, [x10]
  385a4:	add x10, x10, x3
  385a8:	fcvt d0, s0
  385ac:	str d0, [x2, x0, lsl #3]
  385b0:	add x0, x0, #0x1
  385b4:	cmp w6, w0
  385b8:	b.gt 0x385a0
  385bc:	add w7, w7, #0x1
  385c0:	str x2, [x22, x8, lsl #3]
  385c4:	add x2, x2, #0x800
  385c8:	add x8, x8, #0x1
  385cc:	cmp w7, #0x8
  385d0:	b.ne 0x38580
  385d4:	ldp x13, x12, [sp, #240]
  385d8:	ldp x10, x9, [sp, #256]
  385dc:	ldp x8, x7, [sp, #272]
  385e0:	ldp x6, x2, [sp, #288]
  385e4:	cmp x1, x19
  385e8:	b.lt 0x38a94
  385ec:	mov x30, x19
  385f0:	mov x0, #0x0
  385f4:	nop
  385f8:	ld1d {z3.d}, p0/z, [x9, x0, lsl #3]
  385fc:	ld1d {z1.d}, p0/z, [x12, x0, lsl #3]
  38600:	ld1d {z2.d}, p0/z, [x10, x0, lsl #3]
  38604:	fadd z2.d, z2.d, z3.d
  38608:	ld1d {z3.d}, p0/z, [x7, x0, lsl #3]
  3860c:	ld1d {z0.d}, p0/z, [x13, x0, lsl #3]
  38610:	ld1d {z5.d}, p0/z, [x2, x0, lsl #3]
  38614:	fadd z0.d, z0.d, z1.d
  38618:	mov x14, x30
  3861c:	ld1d {z1.d}, p0/z, [x8, x0, lsl #3]
  38620:	fadd z0.d, z0.d, z2.d
  38624:	fadd z1.d, z1.d, z3.d
  38628:	ld1d {z2.d}, p0/z, [x5, x0, lsl #3]
  3862c:	ld1d {z3.d}, p0/z, [x6, x0, lsl #3]
  38630:	add x30, x30, x19
  38634:	fadd z3.d, z3.d, z5.d
  38638:	fadd z1.d, z1.d, z3.d
  3863c:	fadd z0.d, z0.d, z1.d
  38640:	fadd z0.d, z2.d, z0.d
  38644:	st1d {z0.d}, p0, [x5, x0, lsl #3]
  38648:	add x0, x0, x19
  3864c:	cmp x1, x30
  38650:	b.ge 0x385f8
  38654:	cmp x1, x14
  38658:	b.le 0x386f4
  3865c:	add x0, x15, x14
  38660:	lsl x30, x14, #3
  38664:	cmp x1, x14
  38668:	add x13, x13, x30
  3866c:	add x0, x18, x0, lsl #3
  38670:	add x12, x12, x30
  38674:	add x10, x10, x30
  38678:	add x9, x9, x30
  3867c:	add x8, x8, x30
  38680:	add x7, x7, x30
  38684:	add x6, x6, x30
  38688:	add x2, x2, x30
  3868c:	mov x30, #0x0
  38690:	sub x1, x1, x14
  38694:	csel x1, x1, x28, gt
  38698:	whilelo p1.d, xzr, x1
  3869c:	nop
  386a0:	ld1d {z1.d}, p1/z, [x13, x30, lsl #3]
  386a4:	ld1d {z2.d}, p1/z, [x10, x30, lsl #3]
  386a8:	ld1d {z3.d}, p1/z, [x8, x30, lsl #3]
  386ac:	ld1d {z0.d}, p1/z, [x12, x30, lsl #3]
  386b0:	fadd z0.d, z0.d, z1.d
  386b4:	ld1d {z5.d}, p1/z, [x6, x30, lsl #3]
  386b8:	ld1d {z1.d}, p1/z, [x9, x30, lsl #3]
  386bc:	fadd z1.d, z1.d, z2.d
  386c0:	ld1d {z2.d}, p1/z, [x7, x30, lsl #3]
  386c4:	fadd z1.d, z1.d, z0.d
  386c8:	fadd z2.d, z2.d, z3.d
  386cc:	ld1d {z0.d}, p1/z, [x2, x30, lsl #3]
  386d0:	ld1d {z3.d}, p1/z, [x0, x30, lsl #3]
  386d4:	fadd z0.d, z0.d, z5.d
  386d8:	fadd z0.d, z0.d, z2.d
  386dc:	fadd z0.d, z0.d, z1.d
  386e0:	fadd z0.d, z0.d, z3.d
  386e4:	st1d {z0.d}, p1, [x0, x30, lsl #3]
  386e8:	add x30, x30, x4
  386ec:	whilelo p1.d, x30, x1
  386f0:	b.ne 0x386a0
  386f4:	add x15, x15, #0x100
  386f8:	add x17, x17, #0x100
  386fc:	add x5, x5, #0x800
  38700:	cmp x23, x15
  38704:	b.gt 0x38560
  38708:	ldr w9, [sp, #104]
  3870c:	ldp x10, x8, [sp, #112]
  38710:	ldp x13, x0, [sp, #128]
  38714:	ldr x12, [sp, #144]
  38718:	cmp w9, #0x40
  3871c:	b.eq 0x38a08
  38720:	mov w1, w9
  38724:	add x24, x24, #0x8
  38728:	sub x22, x22, #0x40
  3872c:	cmp x0, x24
  38730:	b.gt 0x384f8
  38734:	ldp x21, x22, [sp, #32]
  38738:	mov x25, x13
  3873c:	ldp x27, x28, [sp, #80]
  38740:	addvl x2, x10, #-1
  38744:	add x3, x10, #0x8, lsl #12
  38748:	cmp x23, #0x0
  3874c:	b.le 0x38784
  38750:	cntd x0
  38754:	decb x25
  38758:	decb x3
  3875c:	mov w1, w23
  38760:	mov x4, x0
  38764:	whilelo p0.d, wzr, w23
  38768:	ld1d {z1.d}, p0/z, [x2, x0, lsl #3]
  3876c:	ld1d {z0.d}, p0/z, [x3, x0, lsl #3]
  38770:	fadd z0.d, z0.d, z1.d
  38774:	st1d {z0.d}, p0, [x25, x0, lsl #3]
  38778:	whilelo p0.d, w0, w1
  3877c:	add x0, x0, x4
  38780:	b.ne 0x38768
  38784:	ldp x29, x30, [sp]
  38788:	ldp x19, x20, [sp, #16]
  3878c:	ldp x23, x24, [sp, #48]
  38790:	ldp x25, x26, [sp, #64]
  38794:	add sp, sp, #0x160
  38798:	add sp, sp, #0x14, lsl #12
  3879c:	ret
  387a0:	mov x20, x23
  387a4:	mov x8, x24
  387a8:	ldp x10, x23, [sp, #136]
  387ac:	mov x11, x25
  387b0:	ldr x19, [sp, #120]
  387b4:	mov x13, x27
  387b8:	ldp x24, x22, [sp, #104]
  387bc:	mov x12, x28
  387c0:	ldp x26, x25, [sp, #176]
  387c4:	ldp x21, x17, [sp, #192]
  387c8:	ldp x16, x15, [sp, #208]
  387cc:	ldp x14, x5, [sp, #224]
  387d0:	ldr w9, [sp, #128]
  387d4:	cmp x23, x19
  387d8:	b.lt 0x38b84
  387dc:	ldp x6, x7, [sp, #152]
  387e0:	ptrue p0.b
  387e4:	add x18, x10, #0x8, lsl #12
  387e8:	mov x2, x19
  387ec:	mov x1, x18
  387f0:	mov x0, #0x0
  387f4:	nop
  387f8:	add x3, x25, x0
  387fc:	ld1w {z1.d}, p0/z, [x3]
  38800:	add x3, x21, x0
  38804:	ld1w {z2.d}, p0/z, [x3]
  38808:	add x3, x17, x0
  3880c:	fcvt z1.d, p0/m, z1.s
  38810:	ld1w {z3.d}, p0/z, [x3]
  38814:	add x3, x16, x0
  38818:	add x4, x26, x0
  3881c:	fcvt z3.d, p0/m, z3.s
  38820:	ld1w {z0.d}, p0/z, [x4]
  38824:	fcvt z2.d, p0/m, z2.s
  38828:	fcvt z0.d, p0/m, z0.s
  3882c:	fadd z2.d, z2.d, z3.d
  38830:	fadd z0.d, z0.d, z1.d
  38834:	ld1w {z1.d}, p0/z, [x3]
  38838:	add x3, x14, x0
  3883c:	add x4, x15, x0
  38840:	fadd z0.d, z0.d, z2.d
  38844:	ld1w {z3.d}, p0/z, [x4]
  38848:	ld1w {z2.d}, p0/z, [x3]
  3884c:	fcvt z3.d, p0/m, z3.s
  38850:	add x3, x5, x0
  38854:	fcvt z1.d, p0/m, z1.s
  38858:	ld1w {z4.d}, p0/z, [x3]
  3885c:	fadd z1.d, z1.d, z3.d
  38860:	mov x3, x2
  38864:	ld1d {z3.d}, p0/z, [x1]
  38868:	fcvt z2.d, p0/m, z2.s
  3886c:	fcvt z4.d, p0/m, z4.s
  38870:	add x2, x2, x19
  38874:	fadd z2.d, z2.d, z4.d
  38878:	fadd z1.d, z1.d, z2.d
  3887c:	fadd z0.d, z0.d, z1.d
  38880:	fadd z0.d, z3.d, z0.d
  38884:	st1d {z0.d}, p0, [x1]
  38888:	add x0, x0, x7
  3888c:	add x1, x1, x6
  38890:	cmp x23, x2
  38894:	b.ge 0x387f8
  38898:	mov x2, x3
  3889c:	cmp x23, x3
  388a0:	b.le 0x389f4
  388a4:	lsl x0, x2, #2
  388a8:	cmp x23, x2
  388ac:	add x26, x26, x0
  388b0:	add x25, x25, x0
  388b4:	add x21, x21, x0
  388b8:	add x17, x17, x0
  388bc:	add x16, x16, x0
  388c0:	add x15, x15, x0
  388c4:	add x14, x14, x0
  388c8:	add x5, x5, x0
  388cc:	cntb x4, all, mul #2
  388d0:	mov x0, #0x0
  388d4:	cntw x3
  388d8:	add x1, x18, x2, lsl #3
  388dc:	sub x2, x23, x2
  388e0:	ptrue p0.b
  388e4:	csinc x2, x2, xzr, gt
  388e8:	whilelo p1.s, xzr, x2
  388ec:	ld1w {z1.s}, p1/z, [x26, x0, lsl #2]
  388f0:	zip1 z2.s, z1.s, z1.s
  388f4:	zip2 z1.s, z1.s, z1.s
  388f8:	fcvt z2.d, p0/m, z2.s
  388fc:	fcvt z1.d, p0/m, z1.s
  38900:	ld1w {z0.s}, p1/z, [x25, x0, lsl #2]
  38904:	zip1 z4.s, z0.s, z0.s
  38908:	zip2 z0.s, z0.s, z0.s
  3890c:	fcvt z4.d, p0/m, z4.s
  38910:	fcvt z0.d, p0/m, z0.s
  38914:	fadd z4.d, z4.d, z2.d
  38918:	fadd z2.d, z0.d, z1.d
  3891c:	ld1w {z1.s}, p1/z, [x21, x0, lsl #2]
  38920:	zip1 z3.s, z1.s, z1.s
  38924:	fcvt z3.d, p0/m, z3.s
  38928:	ld1w {z0.s}, p1/z, [x17, x0, lsl #2]
  3892c:	zip2 z6.s, z1.s, z1.s
  38930:	zip2 z5.s, z0.s, z0.s
  38934:	fcvt z6.d, p0/m, z6.s
  38938:	zip1 z1.s, z0.s, z0.s
  3893c:	fcvt z5.d, p0/m, z5.s
  38940:	fcvt z1.d, p0/m, z1.s
  38944:	fadd z5.d, z5.d, z6.d
  38948:	fadd z1.d, z1.d, z3.d
  3894c:	fadd z5.d, z5.d, z2.d
  38950:	ld1w {z2.s}, p1/z, [x16, x0, lsl #2]
  38954:	zip2 z3.s, z2.s, z2.s
  38958:	zip1 z2.s, z2.s, z2.s
  3895c:	fcvt z3.d, p0/m, z3.s
  38960:	fcvt z2.d, p0/m, z2.s
  38964:	ld1w {z0.s}, p1/z, [x15, x0, lsl #2]
  38968:	fadd z1.d, z1.d, z4.d
  3896c:	zip2 z6.s, z0.s, z0.s
  38970:	zip1 z0.s, z0.s, z0.s
  38974:	fcvt z6.d, p0/m, z6.s
  38978:	fcvt z0.d, p0/m, z0.s
  3897c:	fadd z6.d, z6.d, z3.d
  38980:	fadd z3.d, z0.d, z2.d
  38984:	ld1w {z2.s}, p1/z, [x14, x0, lsl #2]
  38988:	ld1w {z0.s}, p1/z, [x5, x0, lsl #2]
  3898c:	punpkhi p2.h, p1.b
  38990:	zip2 z7.s, z2.s, z2.s
  38994:	punpklo p1.h, p1.b
  38998:	zip1 z4.s, z2.s, z2.s
  3899c:	fcvt z7.d, p0/m, z7.s
  389a0:	zip2 z2.s, z0.s, z0.s
  389a4:	fcvt z4.d, p0/m, z4.s
  389a8:	zip1 z0.s, z0.s, z0.s
  389ac:	fcvt z2.d, p0/m, z2.s
  389b0:	fcvt z0.d, p0/m, z0.s
  389b4:	fadd z2.d, z2.d, z7.d
  389b8:	fadd z0.d, z0.d, z4.d
  389bc:	fadd z2.d, z2.d, z6.d
  389c0:	fadd z0.d, z0.d, z3.d
  389c4:	fadd z2.d, z2.d, z5.d
  389c8:	ld1d {z3.d}, p1/z, [x1]
  389cc:	fadd z0.d, z0.d, z1.d
  389d0:	ld1d {z1.d}, p2/z, [x1, #1, mul vl]
  389d4:	fadd z0.d, z0.d, z3.d
  389d8:	fadd z1.d, z2.d, z1.d
  389dc:	st1d {z1.d}, p2, [x1, #1, mul vl]
  389e0:	st1d {z0.d}, p1, [x1]
  389e4:	add x0, x0, x3
  389e8:	add x1, x1, x4
  389ec:	whilelo p1.s, x0, x2
  389f0:	b.ne 0x388ec
  389f4:	ldr x0, [x20, #8]
  389f8:	cmp w9, #0x40
  389fc:	b.ne 0x38720
  38a00:	cmp x23, #0x0
  38a04:	b.le 0x38a4c
  38a08:	cntd x2
  38a0c:	mov w4, w23
  38a10:	mov x5, x2
  38a14:	mov x1, x10
  38a18:	cntb x3
  38a1c:	whilelo p0.d, wzr, w23
  38a20:	mov z2.d, #0x8000000000000000
  38a24:	ld1d {z1.d}, p0/z, [x1]
  38a28:	ld1d {z0.d}, p0/z, [x18]
  38a2c:	fadd z0.d, z0.d, z1.d
  38a30:	st1d {z0.d}, p0, [x1]
  38a34:	st1d {z2.d}, p0, [x18]
  38a38:	add x1, x1, x3
  38a3c:	whilelo p0.d, w2, w4
  38a40:	add x18, x18, x3
  38a44:	add x2, x2, x5
  38a48:	b.ne 0x38a24
  38a4c:	mov w1, #0x0
  38a50:	b 0x38724
  38a54:	cmp w6, #0x0
  38a58:	mov x0, #0x0
  38a5c:	csel w10, w1, w16, gt
  38a60:	whilelo p1.d, wzr, w10
  38a64:	nop
  38a68:	st1d {z4.d}, p1, [x2, x0, lsl #3]
  38a6c:	add x0, x0, x4
  38a70:	whilelo p1.d, w0, w10
  38a74:	b.ne 0x38a68
  38a78:	add w7, w7, #0x1
  38a7c:	str x2, [x22, x8, lsl #3]
  38a80:	add x2, x2, #0x800
  38a84:	add x8, x8, #0x1
  38a88:	cmp w7, #0x8
  38a8c:	b.ne 0x38580
  38a90:	b 0x385d4
  38a94:	mov x14, #0x0
  38a98:	b 0x3865c
  38a9c:	sub x2, x12, x24, lsl #3
  38aa0:	mov w27, #0x0
  38aa4:	mov x25, x11
  38aa8:	mov x28, x12
  38aac:	stp x24, x22, [sp, #104]
  38ab0:	mov x22, x2
  38ab4:	str x19, [sp, #120]
  38ab8:	mov w19, w21
  38abc:	mov x21, x24
  38ac0:	mov x24, x8
  38ac4:	str w9, [sp, #128]
  38ac8:	stp x10, x23, [sp, #136]
  38acc:	mov x23, x20
  38ad0:	mov w20, w27
  38ad4:	mov x27, x13
  38ad8:	b 0x38b04
  38adc:	ldp x0, x1, [x23, #24]
  38ae0:	ldr x3, [x23]
  38ae4:	mul x1, x24, x1
  38ae8:	madd x0, x21, x0, x1
  38aec:	add x0, x3, x0, lsl #2
  38af0:	add w20, w20, #0x1
  38af4:	str x0, [x22, x21, lsl #3]
  38af8:	add x21, x21, #0x1
  38afc:	cmp w20, #0x8
  38b00:	b.eq 0x387a0
  38b04:	cmp w19, w20
  38b08:	b.gt 0x38adc
  38b0c:	ldar x0, [x25]
  38b10:	adrp x26, 104000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  38b14:	and x1, x0, #0x1
  38b18:	tbz w0, #0, 0x38b24
  38b1c:	add x0, x26, #0xcc0
  38b20:	b 0x38af0
  38b24:	mov x0, x25
  38b28:	adrp x26, 104000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  38b2c:	str x1, [sp, #168]
  38b30:	bl 0x7f50
  38b34:	cbz w0, 0x38b1c
  38b38:	ldr x1, [sp, #168]
  38b3c:	mov z0.s, #0x80000000
  38b40:	add x6, x26, #0xcc0
  38b44:	cntw x10
  38b48:	mov w0, #0x1000
  38b4c:	whilelo p0.s, wzr, w0
  38b50:	st1w {z0.s}, p0, [x6, x1, lsl #2]
  38b54:	add x1, x1, x10
  38b58:	whilelo p0.s, w1, w0
  38b5c:	b.ne 0x38b50
  38b60:	adrp x0, 104000 <raptors::sve::(anonymous namespace)::Identity<double>()::row+0x7380>
  38b64:	add x0, x0, #0xc80
  38b68:	bl 0x7900
  38b6c:	add x0, x26, #0xcc0
  38b70:	b 0x38af0
  38b74:	cmp w1, #0x3f
  38b78:	b.ne 0x38720
  38b7c:	mov w1, #0x0
  38b80:	b 0x38724
  38b84:	add x18, x10, #0x8, lsl #12
  38b88:	mov x2, #0x0
  38b8c:	cmp x23, #0x0
  38b90:	b.gt 0x388a4
  38b94:	ldr x0, [x20, #8]
  38b98:	cmp w9, #0x40
  38b9c:	b.ne 0x38720
  38ba0:	mov w1, #0x0
  38ba4:	b 0x38724
  38ba8:	cmp x0, #0x0
  38bac:	b.gt 0x384b0
  38bb0:	b 0x38784
  38bb4:	nop
  38bb8:	nop
  38bbc:	nop

