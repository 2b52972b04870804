#include "textflag.h"

// func prefetchSlots(slots *slot, home *[batch]uint32, n int)
TEXT ·prefetchSlots(SB), NOSPLIT, $0-24
	MOVQ slots+0(FP), SI
	MOVQ home+8(FP), DI
	MOVQ n+16(FP), CX
	TESTQ CX, CX
	JZ   done

loop:
	MOVL (DI), AX
	SHLQ $4, AX
	PREFETCHT0 (SI)(AX*1)
	ADDQ $4, DI
	DECQ CX
	JNZ  loop

done:
	RET
