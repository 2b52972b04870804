package gazetteer

import (
	"strconv"
	"strings"
)

// countryPoints is each country's representative point (ISO alpha-2 ->
// lat, lon), close to the position GeoNames gives the country feature. The
// GeoNames dumps the generator reads carry no country coordinates, so these
// are written by hand.
var countryPoints = parsePoints(`
AD 42.5 1.5; AE 24 54; AF 33 66; AG 17.05 -61.8; AI 18.22 -63.05; AL 41 20; AM 40.25 45; AO -12.5 18.5;
AQ -78.16 16.41; AR -34 -64; AS -14.33 -170.7; AT 47.33 13.33; AU -25 135; AW 12.5 -69.97; AX 60.25 20;
AZ 40.5 47.5; BA 44.25 17.83; BB 13.17 -59.53; BD 24 90; BE 50.75 4.5; BF 12.5 -1.67; BG 42.67 25.25;
BH 26 50.5; BI -3.5 30; BJ 9.5 2.25; BL 17.9 -62.83; BM 32.33 -64.75; BN 4.5 114.67; BO -17 -65;
BQ 12.18 -68.23; BR -10 -55; BS 24 -76; BT 27.5 90.5; BV -54.43 3.4; BW -22 24; BY 53 28; BZ 17.25 -88.75;
CA 60.11 -113.64; CC -12.5 96.83; CD -2.5 23.5; CF 7 21; CG -1 15.5; CH 47 8; CI 8 -5; CK -20 -158;
CL -30 -71; CM 6 12; CN 35 105; CO 4 -73.25; CR 10 -84; CU 22 -79.5; CV 16 -24; CW 12.17 -69;
CX -10.5 105.67; CY 35 33; CZ 49.75 15; DE 51.5 10.5; DJ 11.8 42.5; DK 56 10; DM 15.5 -61.33; DO 19 -70.67;
DZ 28 3; EC -1.25 -78.25; EE 59 26; EG 27 30; EH 24.5 -13; ER 15 39; ES 40 -4; ET 9 39.5; FI 64 26;
FJ -18 178; FK -51.75 -59.17; FM 6.92 158.25; FO 62 -7; FR 46 2; GA -1 11.75; GB 54.76 -2.7; GD 12.12 -61.67;
GE 42 43.5; GF 4 -53; GG 49.58 -2.33; GH 8.1 -1.2; GI 36.13 -5.35; GL 72 -40; GM 13.5 -15.5; GN 10.83 -10.67;
GP 16.25 -61.58; GQ 1.7 10.5; GR 39 22; GS -54.5 -37; GT 15.5 -90.25; GU 13.44 144.74; GW 12 -15; GY 5 -59;
HK 22.25 114.17; HM -53.1 73.5; HN 15 -86.5; HR 45.17 15.5; HT 19 -72.42; HU 47 20; ID -5 120; IE 53 -8;
IL 31.5 34.75; IM 54.25 -4.5; IN 22 79; IO -6 71.5; IQ 33 44; IR 32 53; IS 65 -18; IT 42.83 12.83;
JE 49.21 -2.13; JM 18.25 -77.5; JO 31 36; JP 35.69 139.75; KE 1 38; KG 41.5 75; KH 13 105; KI 1.42 173;
KM -12.23 44.45; KN 17.33 -62.75; KP 40 127; KR 36.5 127.75; XK 42.58 21; KW 29.5 47.75; KY 19.5 -80.67;
KZ 48 68; LA 18 105; LB 33.83 35.83; LC 13.88 -60.97; LI 47.17 9.53; LK 7.75 80.75; LR 6.5 -9.5;
LS -29.5 28.25; LT 56 24; LU 49.75 6.17; LV 57 25; LY 28 17; MA 32 -5; MC 43.73 7.4; MD 47.25 28.58;
ME 42.5 19.3; MF 18.08 -63.05; MG -20 47; MH 7.1 171.1; MK 41.67 21.75; ML 18 -2; MM 21 96; MN 46 105;
MO 22.17 113.55; MP 15.2 145.75; MQ 14.67 -61; MR 20.25 -10.5; MS 16.75 -62.2; MT 35.92 14.43; MU -20.3 57.58;
MV 3.2 73; MW -13.5 34; MX 23 -102; MY 2.5 112.5; MZ -18.25 35; NA -22 17; NC -21.5 165.5; NE 18 9;
NF -29.03 167.95; NG 10 8; NI 13 -85; NL 52.25 5.75; NO 62 10; NP 28 84; NR -0.53 166.92; NU -19.03 -169.87;
NZ -42 174; OM 21 57; PA 9 -80; PE -10 -75.25; PF -15 -140; PG -6 147; PH 13 122; PK 30 70; PL 52 20;
PM 46.83 -56.33; PN -25.07 -130.1; PR 18.25 -66.5; PS 32 35.25; PT 39.5 -8; PW 7.5 134.5; PY -23 -58;
QA 25.5 51.25; RE -21.1 55.6; RO 46 25; RS 44 21; RU 60 100; RW -2 30; SA 25 45; SB -8 159; SC -4.58 55.67;
SD 16 30; SS 7.5 30; SE 62 15; SG 1.37 103.8; SH -15.95 -5.7; SI 46.08 15; SJ 78 16; SK 48.67 19.5;
SL 8.5 -11.5; SM 43.93 12.45; SN 14.5 -14.25; SO 6 48; SR 4 -56; ST 1 7; SV 13.83 -88.92; SX 18.04 -63.07;
SY 35 38; SZ -26.5 31.5; TC 21.73 -71.58; TD 15 19; TF -49.25 69.17; TG 8 1.17; TH 15.5 101; TJ 39 71;
TK -9 -171.75; TL -8.83 125.75; TM 40 60; TN 34 9; TO -20 -175; TR 39 35; TT 11 -61; TV -8 178; TW 24 121;
TZ -6 35; UA 49 32; UG 2 33; UM 19.28 166.6; US 39.76 -98.5; UY -33 -56; UZ 41.67 63.83; VA 41.9 12.45;
VC 13.08 -61.2; VE 8 -66; VG 18.5 -64.5; VI 18.34 -64.85; VN 16.17 107.83; VU -16 167; WF -13.3 -176.2;
WS -13.8 -172.2; YE 15.5 47.5; YT -12.83 45.17; ZA -29 24; ZM -14.33 28.5; ZW -19 29.75; CS 44 21; AN 12.2 -69
`)

// parsePoints reads "CODE lat lon;" records.
func parsePoints(s string) map[string][2]float64 {
	m := map[string][2]float64{}
	for _, rec := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		f := strings.Fields(rec)
		if len(f) != 3 {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[1], 64)
		lon, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			panic("gazetteer: bad point " + rec)
		}
		m[f[0]] = [2]float64{lat, lon}
	}
	return m
}
