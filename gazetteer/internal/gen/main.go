// Command gen writes the gazetteer's embedded data file from the GeoNames
// dumps shipped in the geobed module (cities1000.zip, countryInfo.txt,
// admin1CodesASCII.txt). It is run by `go generate ./gazetteer`.
//
// The output is gzip-compressed text in four sections, one record a line,
// fields separated by tabs:
//
//	#C ISO2 ISO3 name capital population continent geonameid
//	#A code(CC.A1) name geonameid lat lon population
//	#P geonameid name lat lon fcode ISO2 admin1 population alternates
//	#K key ordinal ordinal...
//
// Place records are sorted by geonameid; alternates counts a place's
// alternate names in all languages, a measure of how well known it is. Key
// records, sorted by key, list in base 36 the ordinals of the admin1 and
// place records (counted from the first #A record) that a lookup key (see
// internal/fold) names, alternate names included: up to 1, 4, 25 or 30 of
// them a place, by population, the spellings English-language news uses
// first (see alternates). Admin1 coordinates are not in the dumps; they are
// the midpoint of the trimmed bounding box of the region's populated places.
package main

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dateline-news/dateline/gazetteer/internal/fold"
)

// module is the exact pinned version holding the GeoNames dumps.
const module = "github.com/andreiashu/geobed@v0.0.0-20260212135017-f4489445fc48"

func main() {
	out := flag.String("o", "geonames.gz", "output file")
	minPop := flag.Int("minpop", 2000, "population threshold for ordinary populated places")
	dir := flag.String("dir", "", "geobed-data directory (default: found with go mod download)")
	flag.Parse()
	if *dir == "" {
		d, err := moduleDir()
		if err != nil {
			log.Fatal(err)
		}
		*dir = filepath.Join(d, "geobed-data")
	}
	if err := run(*dir, *out, *minPop); err != nil {
		log.Fatal(err)
	}
}

// moduleDir asks the go command where the pinned module lives.
func moduleDir() (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(b, &info); err != nil {
		return "", err
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", module, info.Error)
	}
	return info.Dir, nil
}

type city struct {
	id       int
	name     string
	alts     []string
	lat, lon float64
	class    string
	fcode    string
	cc       string
	admin1   string
	pop      int
}

func run(dir, out string, minPop int) error {
	countries, err := readCountries(filepath.Join(dir, "countryInfo.txt"))
	if err != nil {
		return err
	}
	admins, err := readAdmin1(filepath.Join(dir, "admin1CodesASCII.txt"))
	if err != nil {
		return err
	}
	cities, err := readCities(filepath.Join(dir, "cities1000.zip"))
	if err != nil {
		return err
	}
	placeAdmins(admins, cities)

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "#C")
	for _, c := range countries {
		fmt.Fprintln(w, strings.Join(c, "\t"))
	}
	keys := map[string][]int{} // key -> ordinals of #A and #P records
	addKey := func(k string, ord int) {
		if k == "" {
			return
		}
		for _, o := range keys[k] {
			if o == ord {
				return
			}
		}
		keys[k] = append(keys[k], ord)
	}
	ord := 0
	fmt.Fprintln(w, "#A")
	codes := make([]string, 0, len(admins))
	for k, a := range admins {
		if a.located {
			codes = append(codes, k)
		}
	}
	sort.Strings(codes)
	for _, k := range codes {
		a := admins[k]
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\t%d\n", k, a.name, a.id, coord(a.lat), coord(a.lon), a.pop)
		for _, key := range fold.RegionKeys(a.name) {
			addKey(key, ord)
		}
		ord++
	}
	fmt.Fprintln(w, "#P")
	sort.Slice(cities, func(i, j int) bool { return cities[i].id < cities[j].id })
	kept := 0
	for _, c := range cities {
		if !keep(c, minPop) {
			continue
		}
		kept++
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n", c.id, c.name, coord(c.lat), coord(c.lon),
			c.fcode, c.cc, c.admin1, c.pop, len(c.alts))
		addKey(fold.Key(c.name), ord)
		for _, a := range alternates(c) {
			addKey(fold.Key(a), ord)
		}
		ord++
	}
	fmt.Fprintln(w, "#K")
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		w.WriteString(k)
		for i, o := range keys[k] {
			if i == 0 {
				w.WriteByte('\t')
			} else {
				w.WriteByte(' ')
			}
			w.WriteString(strconv.FormatInt(int64(o), 36))
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	log.Printf("wrote %s: %d countries, %d admin1, %d places, %d keys", out, len(countries), len(codes), kept, len(sorted))
	return nil
}

// keep selects the places worth shipping: capitals and admin seats always,
// other populated places above the threshold. Historical and abandoned
// places are dropped.
func keep(c city, minPop int) bool {
	switch c.fcode {
	case "PPLC", "PPLA", "PPLA2", "PPLG":
		return true
	case "PPLH", "PPLQ", "PPLW", "PPLCH":
		return false
	}
	return c.pop >= minPop
}

func coord(x float64) string {
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// round4 rounds a coordinate to 3 decimals (about 100 m), plenty for
// places; the name is historical.
func round4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

func readCountries(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 17 {
			continue
		}
		// ISO2 ISO3 name capital population continent geonameid
		rows = append(rows, []string{fs[0], fs[1], strings.TrimSpace(fs[4]), fs[5], fs[7], fs[8], fs[16]})
	}
	return rows, sc.Err()
}

type admin struct {
	name     string
	id       int
	lat, lon float64
	pop      int
	located  bool
}

func readAdmin1(path string) (map[string]*admin, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]*admin{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 4 {
			continue
		}
		id, _ := strconv.Atoi(fs[3])
		name := fs[1]
		if !fold.IsLatin(name) {
			name = fs[2]
		}
		m[fs[0]] = &admin{name: name, id: id}
	}
	return m, sc.Err()
}

func readCities(path string) ([]city, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var cities []city
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".txt") {
			continue
		}
		r, err := zf.Open()
		if err != nil {
			return nil, err
		}
		cs, err := parseCities(r)
		r.Close()
		if err != nil {
			return nil, err
		}
		cities = append(cities, cs...)
	}
	return cities, nil
}

func parseCities(r io.Reader) ([]city, error) {
	var cities []city
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			continue
		}
		id, _ := strconv.Atoi(fs[0])
		lat, _ := strconv.ParseFloat(fs[4], 64)
		lon, _ := strconv.ParseFloat(fs[5], 64)
		pop, _ := strconv.Atoi(fs[14])
		name := fs[1]
		if !fold.IsLatin(name) {
			name = fs[2]
		}
		var alts []string
		if fs[3] != "" {
			alts = strings.Split(fs[3], ",")
		}
		if fs[2] != name {
			alts = append([]string{fs[2]}, alts...)
		}
		cities = append(cities, city{id: id, name: name, alts: alts, lat: round4(lat), lon: round4(lon),
			class: fs[6], fcode: fs[7], cc: fs[8], admin1: fs[10], pop: pop})
	}
	return cities, sc.Err()
}

// placeAdmins gives each admin1 region a representative point and a
// population from the places inside it.
func placeAdmins(admins map[string]*admin, cities []city) {
	lats := map[string][]float64{}
	lons := map[string][]float64{}
	for _, c := range cities {
		k := c.cc + "." + c.admin1
		a := admins[k]
		if a == nil {
			continue
		}
		a.pop += c.pop
		lats[k] = append(lats[k], c.lat)
		lons[k] = append(lons[k], c.lon)
	}
	for k, a := range admins {
		if len(lats[k]) == 0 {
			continue
		}
		a.lat = round4(trimmedMid(lats[k]))
		a.lon = round4(trimmedMid(lons[k]))
		a.located = true
	}
}

// trimmedMid is the midpoint between the 3rd and 97th percentiles.
func trimmedMid(xs []float64) float64 {
	sort.Float64s(xs)
	n := len(xs)
	lo, hi := xs[n*3/100], xs[(n-1)*97/100]
	if hi-lo > 180 { // straddles the antimeridian; fall back to the median
		return xs[n/2]
	}
	return (lo + hi) / 2
}
