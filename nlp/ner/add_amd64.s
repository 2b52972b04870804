#include "textflag.h"

// func addSSE(dst, src []float32)
TEXT ·addSSE(SB), NOSPLIT, $0-48
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ src_base+24(FP), SI
	MOVQ CX, BX
	SHRQ $3, BX
	JZ   four

eight:
	MOVUPS (SI), X0
	MOVUPS 16(SI), X1
	MOVUPS (DI), X2
	MOVUPS 16(DI), X3
	ADDPS  X0, X2
	ADDPS  X1, X3
	MOVUPS X2, (DI)
	MOVUPS X3, 16(DI)
	ADDQ   $32, SI
	ADDQ   $32, DI
	DECQ   BX
	JNZ    eight

four:
	TESTQ $4, CX
	JZ    tail
	MOVUPS (SI), X0
	MOVUPS (DI), X2
	ADDPS  X0, X2
	MOVUPS X2, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DI

tail:
	ANDQ $3, CX
	JZ   done

one:
	MOVSS (DI), X0
	ADDSS (SI), X0
	MOVSS X0, (DI)
	ADDQ  $4, SI
	ADDQ  $4, DI
	DECQ  CX
	JNZ   one

done:
	RET
