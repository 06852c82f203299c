14430 <void raptors::neon::(anonymous namespace)::SumCols<float>(raptors::internal::Strided const&, long, long, double*) [clone .part.0]>:
  14430:	sub sp, sp, #0x170
  14434:	sub sp, sp, #0x14, lsl #12
  14438:	stp x29, x30, [sp]
  1443c:	mov x29, sp
  14440:	stp x23, x24, [sp, #48]
  14444:	mov x24, x2
  14448:	add x2, sp, #0x17f
  1444c:	and x2, x2, #0xffffffffffffffc0
  14450:	stp x19, x20, [sp, #16]
  14454:	mov x19, x0
  14458:	stp x25, x26, [sp, #64]
  1445c:	add x26, x2, #0x8, lsl #12
  14460:	stp x27, x28, [sp, #80]
  14464:	mov x28, x1
  14468:	mov x27, x3
  1446c:	ldr x0, [x0, #8]
  14470:	cmp x24, #0x0
  14474:	b.le 0x14a68
  14478:	mov x1, #0x8000000000000000
  1447c:	mov x3, #0x1
  14480:	fmov d0, x1
  14484:	lsl x1, x3, #3
  14488:	mov x4, x3
  1448c:	add x5, x2, x1
  14490:	add x1, x26, x1
  14494:	add x3, x3, #0x1
  14498:	cmp x24, x4
  1449c:	stur d0, [x1, #-8]
  144a0:	stur d0, [x5, #-8]
  144a4:	b.ne 0x14484
  144a8:	cmp x0, #0x0
  144ac:	b.le 0x146c8
  144b0:	sub x1, x24, #0x2
  144b4:	sub x3, x24, #0x1
  144b8:	and x3, x3, #0xffffffffffffff00
  144bc:	sub x23, x24, #0x100
  144c0:	lsr x1, x1, #1
  144c4:	sub x23, x23, x3
  144c8:	add x1, x1, #0x1
  144cc:	add x7, x2, x24, lsl #3
  144d0:	add x9, sp, #0xc0
  144d4:	mov x12, x27
  144d8:	lsl x3, x1, #1
  144dc:	add x8, x26, x1, lsl #4
  144e0:	lsl x25, x1, #3
  144e4:	mov x1, x24
  144e8:	stp x21, x22, [sp, #32]
  144ec:	add x21, sp, #0x100
  144f0:	mov w4, #0x0
  144f4:	stp x3, x7, [sp, #136]
  144f8:	mov x3, x26
  144fc:	mov x22, #0x0
  14500:	str x8, [sp, #152]
  14504:	mov x8, x2
  14508:	ldr x2, [x19, #32]
  1450c:	sub x20, x0, x22
  14510:	cmp x20, #0x8
  14514:	mov x5, #0x8
  14518:	add w24, w4, #0x1
  1451c:	csel x20, x20, x5, le
  14520:	cmp x2, #0x1
  14524:	b.eq 0x148c8
  14528:	cmp x1, #0x0
  1452c:	b.le 0x14a38
  14530:	mul x16, x28, x2
  14534:	lsl x26, x2, #8
  14538:	mov x5, x3
  1453c:	lsl x2, x2, #2
  14540:	mov x15, x1
  14544:	add x18, x8, #0x10, lsl #12
  14548:	mov x4, #0x8000000000000000
  1454c:	mov x17, #0x100
  14550:	fmov d2, x4
  14554:	mov x27, #0x2
  14558:	str x25, [sp, #104]
  1455c:	str w24, [sp, #112]
  14560:	stp x8, x28, [sp, #120]
  14564:	nop
  14568:	cmp x15, #0x100
  1456c:	csel x8, x15, x17, le
  14570:	mov x7, x18
  14574:	mov x13, x22
  14578:	mov w10, w8
  1457c:	mov w11, #0x0
  14580:	cmp w20, w11
  14584:	b.le 0x14824
  14588:	ldr x6, [x19, #24]
  1458c:	mov x4, #0x0
  14590:	ldr x14, [x19]
  14594:	madd x6, x13, x6, x16
  14598:	add x6, x14, x6, lsl #2
  1459c:	nop
  145a0:	ldr s0, [x6]
  145a4:	add x6, x6, x2
  145a8:	fcvt d0, s0
  145ac:	str d0, [x7, x4, lsl #3]
  145b0:	add x4, x4, #0x1
  145b4:	cmp w10, w4
  145b8:	b.gt 0x145a0
  145bc:	add w11, w11, #0x1
  145c0:	str x7, [x21, x13, lsl #3]
  145c4:	add x7, x7, #0x800
  145c8:	add x13, x13, #0x1
  145cc:	cmp w11, #0x8
  145d0:	b.ne 0x14580
  145d4:	ldp x30, x28, [sp, #256]
  145d8:	mov x4, x5
  145dc:	ldp x25, x24, [sp, #272]
  145e0:	ldp x14, x13, [sp, #288]
  145e4:	ldp x11, x10, [sp, #304]
  145e8:	cmp x15, #0x1
  145ec:	b.eq 0x1487c
  145f0:	mov x4, #0x0
  145f4:	mov x7, #0x0
  145f8:	ldr q3, [x10, x4]
  145fc:	add x6, x7, #0x3
  14600:	ldr q0, [x30, x4]
  14604:	add x7, x7, #0x2
  14608:	ldr q16, [x28, x4]
  1460c:	ldr q5, [x25, x4]
  14610:	ldr q7, [x24, x4]
  14614:	ldr q1, [x14, x4]
  14618:	ldr q6, [x13, x4]
  1461c:	ldr q4, [x11, x4]
  14620:	fadd v0.2d, v0.2d, v16.2d
  14624:	fadd v5.2d, v5.2d, v7.2d
  14628:	fadd v4.2d, v4.2d, v3.2d
  1462c:	fadd v1.2d, v1.2d, v6.2d
  14630:	ldr q3, [x5, x4]
  14634:	fadd v0.2d, v0.2d, v5.2d
  14638:	fadd v1.2d, v1.2d, v4.2d
  1463c:	fadd v0.2d, v0.2d, v1.2d
  14640:	fadd v0.2d, v3.2d, v0.2d
  14644:	str q0, [x5, x4]
  14648:	add x4, x4, #0x10
  1464c:	cmp x8, x6
  14650:	b.gt 0x145f8
  14654:	sub x4, x8, #0x2
  14658:	cmp x15, #0x1
  1465c:	and x4, x4, #0xfffffffffffffffe
  14660:	add x4, x4, #0x2
  14664:	csel x4, x4, x27, gt
  14668:	cmp x8, x4
  1466c:	b.gt 0x14854
  14670:	sub x15, x15, #0x100
  14674:	add x5, x5, #0x800
  14678:	add x16, x16, x26
  1467c:	cmp x23, x15
  14680:	b.ne 0x14568
  14684:	ldr w24, [sp, #112]
  14688:	ldr x25, [sp, #104]
  1468c:	ldp x8, x28, [sp, #120]
  14690:	cmp w24, #0x40
  14694:	b.eq 0x147ec
  14698:	mov w4, w24
  1469c:	add x22, x22, #0x8
  146a0:	sub x21, x21, #0x40
  146a4:	cmp x0, x22
  146a8:	b.gt 0x14508
  146ac:	ldp x21, x22, [sp, #32]
  146b0:	mov x2, x8
  146b4:	mov x24, x1
  146b8:	mov x27, x12
  146bc:	mov x26, x3
  146c0:	cmp x1, #0x0
  146c4:	b.le 0x146f8
  146c8:	sub x27, x27, #0x8
  146cc:	mov x0, #0x1
  146d0:	lsl x1, x0, #3
  146d4:	cmp x0, x24
  146d8:	add x4, x2, x1
  146dc:	add x1, x26, x1
  146e0:	ldur d0, [x4, #-8]
  146e4:	ldur d1, [x1, #-8]
  146e8:	fadd d0, d0, d1
  146ec:	str d0, [x27, x0, lsl #3]
  146f0:	add x0, x0, #0x1
  146f4:	b.ne 0x146d0
  146f8:	ldp x29, x30, [sp]
  146fc:	ldp x19, x20, [sp, #16]
  14700:	ldp x23, x24, [sp, #48]
  14704:	ldp x25, x26, [sp, #64]
  14708:	ldp x27, x28, [sp, #80]
  1470c:	add sp, sp, #0x170
  14710:	add sp, sp, #0x14, lsl #12
  14714:	ret
  14718:	ldp x1, x12, [sp, #160]
  1471c:	mov x19, x23
  14720:	ldp x22, x21, [sp, #104]
  14724:	mov x23, x28
  14728:	ldr x25, [sp, #120]
  1472c:	mov x28, x24
  14730:	ldp x3, x9, [sp, #176]
  14734:	mov x8, x27
  14738:	ldp x17, x16, [sp, #192]
  1473c:	ldp x15, x14, [sp, #208]
  14740:	ldp x13, x7, [sp, #224]
  14744:	ldp x5, x4, [sp, #240]
  14748:	ldr w24, [sp, #128]
  1474c:	cmp x1, #0x1
  14750:	b.le 0x14a48
  14754:	mov x2, x3
  14758:	mov x0, #0x0
  1475c:	nop
  14760:	ldr d0, [x17, x0]
  14764:	ldr d7, [x16, x0]
  14768:	ldr d3, [x15, x0]
  1476c:	ldr d6, [x14, x0]
  14770:	ldr d1, [x13, x0]
  14774:	ldr d5, [x7, x0]
  14778:	ldr d2, [x5, x0]
  1477c:	fcvtl v0.2d, v0.2s
  14780:	ldr d4, [x4, x0]
  14784:	fcvtl v7.2d, v7.2s
  14788:	add x0, x0, #0x8
  1478c:	fcvtl v3.2d, v3.2s
  14790:	fcvtl v4.2d, v4.2s
  14794:	fcvtl v6.2d, v6.2s
  14798:	fcvtl v1.2d, v1.2s
  1479c:	fcvtl v5.2d, v5.2s
  147a0:	fcvtl v2.2d, v2.2s
  147a4:	fadd v0.2d, v0.2d, v7.2d
  147a8:	fadd v3.2d, v3.2d, v6.2d
  147ac:	fadd v1.2d, v1.2d, v5.2d
  147b0:	fadd v2.2d, v2.2d, v4.2d
  147b4:	ldr q4, [x2]
  147b8:	fadd v0.2d, v0.2d, v3.2d
  147bc:	fadd v1.2d, v1.2d, v2.2d
  147c0:	fadd v0.2d, v0.2d, v1.2d
  147c4:	fadd v0.2d, v4.2d, v0.2d
  147c8:	str q0, [x2], #16
  147cc:	cmp x0, x25
  147d0:	b.ne 0x14760
  147d4:	ldr x0, [sp, #136]
  147d8:	cmp x1, x0
  147dc:	b.gt 0x14990
  147e0:	ldr x0, [x19, #8]
  147e4:	cmp w24, #0x40
  147e8:	b.ne 0x14698
  147ec:	ldr x6, [sp, #144]
  147f0:	mov x4, x3
  147f4:	mov x2, x8
  147f8:	mov x5, #0x8000000000000000
  147fc:	fmov d2, x5
  14800:	ldr d0, [x2]
  14804:	ldr d1, [x4]
  14808:	str d2, [x4], #8
  1480c:	fadd d0, d0, d1
  14810:	str d0, [x2], #8
  14814:	cmp x2, x6
  14818:	b.ne 0x14800
  1481c:	mov w4, #0x0
  14820:	b 0x1469c
  14824:	mov x4, #0x0
  14828:	str d2, [x7, x4, lsl #3]
  1482c:	add x4, x4, #0x1
  14830:	cmp w10, w4
  14834:	b.gt 0x14828
  14838:	add w11, w11, #0x1
  1483c:	str x7, [x21, x13, lsl #3]
  14840:	add x7, x7, #0x800
  14844:	add x13, x13, #0x1
  14848:	cmp w11, #0x8
  1484c:	b.ne 0x14580
  14850:	b 0x145d4
  14854:	lsl x4, x4, #3
  14858:	add x30, x30, x4
  1485c:	add x28, x28, x4
  14860:	add x25, x25, x4
  14864:	add x24, x24, x4
  14868:	add x14, x14, x4
  1486c:	add x13, x13, x4
  14870:	add x11, x11, x4
  14874:	add x10, x10, x4
  14878:	add x4, x5, x4
  1487c:	ldr d6, [x24]
  14880:	ldr d3, [x28]
  14884:	ldr d5, [x25]
  14888:	ldr d0, [x30]
  1488c:	ldr d4, [x11]
  14890:	ldr d1, [x14]
  14894:	fadd d5, d5, d6
  14898:	ldr d6, [x10]
  1489c:	fadd d0, d0, d3
  148a0:	ldr d3, [x13]
  148a4:	fadd d4, d4, d6
  148a8:	fadd d1, d1, d3
  148ac:	fadd d0, d0, d5
  148b0:	ldr d3, [x4]
  148b4:	fadd d1, d1, d4
  148b8:	fadd d0, d0, d1
  148bc:	fadd d0, d3, d0
  148c0:	str d0, [x4]
  148c4:	b 0x14670
  148c8:	sub x5, x9, x22, lsl #3
  148cc:	adrp x0, d4000 <raptors::neon::(anonymous namespace)::Identity<double>()::row+0x7880>
  148d0:	add x7, x0, #0x780
  148d4:	mov w26, #0x0
  148d8:	mov x27, x8
  148dc:	stp x22, x21, [sp, #104]
  148e0:	mov x21, x5
  148e4:	str x25, [sp, #120]
  148e8:	mov x25, x7
  148ec:	str w24, [sp, #128]
  148f0:	mov x24, x28
  148f4:	mov x28, x23
  148f8:	mov x23, x19
  148fc:	mov w19, w20
  14900:	mov w20, w26
  14904:	stp x1, x12, [sp, #160]
  14908:	stp x3, x9, [sp, #176]
  1490c:	b 0x14938
  14910:	ldp x0, x1, [x23, #24]
  14914:	ldr x6, [x23]
  14918:	mul x1, x24, x1
  1491c:	madd x0, x22, x0, x1
  14920:	add x0, x6, x0, lsl #2
  14924:	add w20, w20, #0x1
  14928:	str x0, [x21, x22, lsl #3]
  1492c:	add x22, x22, #0x1
  14930:	cmp w20, #0x8
  14934:	b.eq 0x14718
  14938:	cmp w19, w20
  1493c:	b.gt 0x14910
  14940:	ldar x0, [x25]
  14944:	adrp x26, d4000 <raptors::neon::(anonymous namespace)::Identity<double>()::row+0x7880>
  14948:	tbz w0, #0, 0x14954
  1494c:	add x0, x26, #0x7c0
  14950:	b 0x14924
  14954:	mov x0, x25
  14958:	adrp x26, d4000 <raptors::neon::(anonymous namespace)::Identity<double>()::row+0x7880>
  1495c:	bl 0x7f50
  14960:	cbz w0, 0x1494c
  14964:	movi v0.4s, #0x80, lsl #24
  14968:	add x0, x26, #0x7c0
  1496c:	add x6, x0, #0x4, lsl #12
  14970:	str q0, [x0], #16
  14974:	cmp x6, x0
  14978:	b.ne 0x14970
  1497c:	adrp x0, d4000 <raptors::neon::(anonymous namespace)::Identity<double>()::row+0x7880>
  14980:	add x0, x0, #0x780
  14984:	bl 0x7900
  14988:	add x0, x26, #0x7c0
  1498c:	b 0x14924
  14990:	ldr x0, [sp, #152]
  14994:	add x17, x17, x25
  14998:	add x16, x16, x25
  1499c:	add x15, x15, x25
  149a0:	add x14, x14, x25
  149a4:	add x13, x13, x25
  149a8:	add x7, x7, x25
  149ac:	add x5, x5, x25
  149b0:	add x4, x4, x25
  149b4:	ldr s5, [x4]
  149b8:	ldr s2, [x5]
  149bc:	ldr s6, [x7]
  149c0:	ldr s1, [x13]
  149c4:	fcvt d5, s5
  149c8:	ldr s7, [x14]
  149cc:	fcvt d2, s2
  149d0:	ldr s3, [x15]
  149d4:	fcvt d6, s6
  149d8:	ldr s4, [x16]
  149dc:	fcvt d1, s1
  149e0:	ldr s0, [x17]
  149e4:	fcvt d7, s7
  149e8:	fcvt d3, s3
  149ec:	fadd d2, d2, d5
  149f0:	fcvt d4, s4
  149f4:	fcvt d0, s0
  149f8:	fadd d1, d1, d6
  149fc:	fadd d3, d3, d7
  14a00:	fadd d0, d0, d4
  14a04:	fadd d1, d1, d2
  14a08:	ldr d4, [x0]
  14a0c:	fadd d0, d0, d3
  14a10:	fadd d0, d0, d1
  14a14:	fadd d0, d4, d0
  14a18:	str d0, [x0]
  14a1c:	ldr x0, [x19, #8]
  14a20:	cmp w24, #0x40
  14a24:	b.ne 0x14698
  14a28:	cmp x1, #0x0
  14a2c:	b.gt 0x147ec
  14a30:	mov w4, #0x0
  14a34:	b 0x1469c
  14a38:	cmp w4, #0x3f
  14a3c:	b.ne 0x14698
  14a40:	mov w4, #0x0
  14a44:	b 0x1469c
  14a48:	b.ne 0x14a54
  14a4c:	mov x0, x3
  14a50:	b 0x149b4
  14a54:	ldr x0, [x19, #8]
  14a58:	cmp w24, #0x40
  14a5c:	b.ne 0x14698
  14a60:	mov w4, #0x0
  14a64:	b 0x1469c
  14a68:	cmp x0, #0x0
  14a6c:	b.gt 0x144b0
  14a70:	b 0x146f8
  14a74:	nop
  14a78:	nop
  14a7c:	nop

