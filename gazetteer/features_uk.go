package gazetteer

// county is a second-level division the GeoNames extract lacks: the
// counties of England, Scotland, Wales and Ireland, which British and Irish
// news names constantly ("Brands Hatch, Kent").
type county struct {
	name, country string
	lat, lon      float64
}

// counties of Great Britain and Ireland with representative points.
var counties = []county{
	{"Bedfordshire", "GBR", 52.08, -0.45}, {"Berkshire", "GBR", 51.45, -1.0}, {"Buckinghamshire", "GBR", 51.78, -0.8},
	{"Cambridgeshire", "GBR", 52.33, 0.0}, {"Cheshire", "GBR", 53.2, -2.55}, {"Cornwall", "GBR", 50.4, -4.9},
	{"Cumbria", "GBR", 54.5, -3.0}, {"Derbyshire", "GBR", 53.0, -1.6}, {"Devon", "GBR", 50.75, -3.75},
	{"Dorset", "GBR", 50.8, -2.3}, {"County Durham", "GBR", 54.7, -1.8}, {"East Riding of Yorkshire", "GBR", 53.9, -0.5},
	{"East Yorkshire", "GBR", 53.9, -0.5}, {"East Sussex", "GBR", 50.9, 0.3}, {"Essex", "GBR", 51.8, 0.6},
	{"Gloucestershire", "GBR", 51.8, -2.2}, {"Greater London", "GBR", 51.5, -0.12}, {"Greater Manchester", "GBR", 53.5, -2.3},
	{"Hampshire", "GBR", 51.05, -1.3}, {"Herefordshire", "GBR", 52.1, -2.75}, {"Hertfordshire", "GBR", 51.8, -0.25},
	{"Isle of Wight", "GBR", 50.68, -1.3}, {"Kent", "GBR", 51.2, 0.7}, {"Lancashire", "GBR", 53.8, -2.6},
	{"Leicestershire", "GBR", 52.65, -1.1}, {"Lincolnshire", "GBR", 53.1, -0.2}, {"Merseyside", "GBR", 53.45, -2.9},
	{"Norfolk", "GBR", 52.65, 1.0}, {"North Yorkshire", "GBR", 54.2, -1.4}, {"Northamptonshire", "GBR", 52.3, -0.9},
	{"Northumberland", "GBR", 55.2, -2.0}, {"Nottinghamshire", "GBR", 53.15, -1.0}, {"Oxfordshire", "GBR", 51.8, -1.3},
	{"Rutland", "GBR", 52.65, -0.65}, {"Shropshire", "GBR", 52.65, -2.75}, {"Somerset", "GBR", 51.1, -3.0},
	{"South Yorkshire", "GBR", 53.5, -1.3}, {"Staffordshire", "GBR", 52.8, -2.0}, {"Suffolk", "GBR", 52.2, 1.0},
	{"Surrey", "GBR", 51.25, -0.4}, {"Tyne and Wear", "GBR", 54.95, -1.6}, {"Warwickshire", "GBR", 52.3, -1.55},
	{"West Sussex", "GBR", 50.95, -0.45}, {"West Yorkshire", "GBR", 53.75, -1.7}, {"Wiltshire", "GBR", 51.3, -1.9},
	{"Worcestershire", "GBR", 52.2, -2.2}, {"Yorkshire", "GBR", 54.0, -1.5}, {"Sussex", "GBR", 50.95, 0.0},
	{"Fife", "GBR", 56.25, -3.1}, {"Aberdeenshire", "GBR", 57.3, -2.6}, {"Perth and Kinross", "GBR", 56.6, -3.8},
	{"Argyll and Bute", "GBR", 56.3, -5.3}, {"Ayrshire", "GBR", 55.45, -4.6}, {"Lothian", "GBR", 55.9, -3.2},
	{"Lanarkshire", "GBR", 55.7, -3.8}, {"Dumfries and Galloway", "GBR", 55.1, -4.0}, {"Scottish Borders", "GBR", 55.55, -2.8},
	{"Gwynedd", "GBR", 52.9, -4.0}, {"Powys", "GBR", 52.3, -3.4}, {"Pembrokeshire", "GBR", 51.85, -4.9},
	{"Carmarthenshire", "GBR", 51.9, -4.2}, {"Glamorgan", "GBR", 51.55, -3.4}, {"Anglesey", "GBR", 53.27, -4.35},
	{"Monmouthshire", "GBR", 51.8, -2.9}, {"Ceredigion", "GBR", 52.25, -4.0}, {"Denbighshire", "GBR", 53.1, -3.35},
	{"Flintshire", "GBR", 53.2, -3.15},
	{"Antrim", "GBR", 54.85, -6.2}, {"Armagh", "GBR", 54.3, -6.6}, {"Down", "GBR", 54.35, -5.9},
	{"Fermanagh", "GBR", 54.35, -7.6}, {"Londonderry", "GBR", 54.9, -6.9}, {"Tyrone", "GBR", 54.6, -7.3},
	{"Carlow", "IRL", 52.72, -6.84}, {"Cavan", "IRL", 53.97, -7.3}, {"Clare", "IRL", 52.9, -9.0},
	{"Cork", "IRL", 51.95, -8.7}, {"Donegal", "IRL", 54.9, -8.0}, {"Dublin", "IRL", 53.35, -6.26},
	{"Galway", "IRL", 53.35, -8.75}, {"Kerry", "IRL", 52.15, -9.55}, {"Kildare", "IRL", 53.2, -6.8},
	{"Kilkenny", "IRL", 52.6, -7.2}, {"Laois", "IRL", 53.0, -7.4}, {"Leitrim", "IRL", 54.1, -8.0},
	{"Limerick", "IRL", 52.5, -8.75}, {"Longford", "IRL", 53.7, -7.7}, {"Louth", "IRL", 53.9, -6.5},
	{"Mayo", "IRL", 53.9, -9.3}, {"Meath", "IRL", 53.6, -6.65}, {"Monaghan", "IRL", 54.15, -6.95},
	{"Offaly", "IRL", 53.25, -7.6}, {"Roscommon", "IRL", 53.75, -8.25}, {"Sligo", "IRL", 54.15, -8.6},
	{"Tipperary", "IRL", 52.65, -7.85}, {"Waterford", "IRL", 52.25, -7.5}, {"Westmeath", "IRL", 53.55, -7.45},
	{"Wexford", "IRL", 52.5, -6.6}, {"Wicklow", "IRL", 53.0, -6.4},
}

// countyWeight is the prior weight of a county against same-named places.
const countyWeight = 300000

// addCounties adds the counties under their names and "County X",
// "Co. X" forms. Names that are also Irish or Northern Irish towns keep the
// town as the first choice through its own population.
func (g *Gazetteer) addCounties() {
	for _, c := range counties {
		i := g.add(Place{Name: c.name, Country: c.country, Lat: c.lat, Lon: c.lon, Feature: "ADM2", Population: countyWeight})
		g.addKey(Key(c.name), i, false)
		g.addKey(Key("County "+c.name), i, false)
		g.addKey(Key("Co "+c.name), i, false)
	}
}

// regionAdjectives are adjectives of first-level regions (ISO3.code ->
// adjectives). Those of the UK's nations also map to GBR in Country().
var regionAdjectives = map[string][]string{
	"GBR.ENG": {"English", "Englishman", "Englishmen", "Englishwoman"},
	"GBR.SCT": {"Scottish", "Scot", "Scots", "Scotsman", "Scotsmen"},
	"GBR.WLS": {"Welsh", "Welshman", "Welshmen"},
	"GBR.NIR": {"Northern Irish"},
	"USA.TX":  {"Texan", "Texans"},
	"USA.CA":  {"Californian", "Californians"},
	"USA.FL":  {"Floridian", "Floridians"},
	"USA.NY":  {"New Yorker", "New Yorkers"},
	"CAN.10":  {"Quebecois", "Québécois", "Quebecer", "Quebecers"},
	"CAN.01":  {"Albertan", "Albertans"},
	"CAN.08":  {"Ontarian", "Ontarians"},
	"ESP.56":  {"Catalan", "Catalans"},
	"ESP.59":  {"Basque", "Basques"},
	"IND.25":  {"Tamil", "Tamils"},
	"IND.23":  {"Punjabi", "Punjabis"},
	"IND.07":  {"Delhiite"},
	"CHN.13":  {"Uighur", "Uyghur", "Uighurs", "Uyghurs"},
	"RUS.12":  {"Chechen", "Chechens"},
}

// addRegionAdjectives links the regional adjectives.
func (g *Gazetteer) addRegionAdjectives() {
	for code, adjs := range regionAdjectives {
		i, ok := g.admin1[code]
		if !ok {
			continue
		}
		iso3 := g.place(i).Country
		for _, a := range adjs {
			k := Key(a)
			g.addKey(k, i, true)
			g.demonym[k] = true
			if iso3 == "GBR" {
				if _, dup := g.country[k]; !dup {
					g.country[k] = iso3
				}
			}
		}
	}
}
