package kb

import "strings"

// givenNames holds common given names of public figures in the news
// whose gender is not in doubt, for resolving "he" and "she". Names used
// for both (Kim, Jean, Andrea) are left out.
var givenNames = map[string]string{}

func init() {
	for _, n := range strings.Fields(`Angela Theresa Hillary Nancy Kamala Ursula Giorgia Jacinda Marine Christine Elizabeth
		Mary Maria Anna Sarah Emma Olga Yulia Svetlana Tatiana Natalia Irina Elena Fatima Aisha Ngozi Ellen Hasina Benazir
		Indira Sonia Priyanka Nirmala Liz Kemi Nicola Arlene Michelle Melania Ivanka Condoleezza Madeleine Samantha Nikki
		Susan Janet Kristalina Annalena Margrethe Mette Sanna Kaja Roberta Beata Zuzana Maia Salome Sviatlana Yulia Marta
		Julia Laura Claudia Dilma Cristina Michelle Sheinbaum Helen Catherine Katherine Kate Jane Joanna Margaret Diane
		Linda Patricia Barbara Jennifer Karen Lisa Rachel Rebecca Amanda Melissa Deborah Alexandria Ilhan Rashida Tulsi
		Marjorie Lauren Elise Kristi Gina Gretchen Kathy Kirsten Amy Tammy Maxine Nadia Leila Layla Yasmin Amina Zainab
		Mariam Sophie Sophia Isabel Isabelle Ines Carmen Lucia Beatriz Ana Francesca Chiara Ingrid Birgit Petra Monika`) {
		givenNames[strings.ToLower(n)] = "f"
	}
	for _, n := range strings.Fields(`Vladimir Sergei Sergey Dmitry Dmitri Donald Joe Joseph Barack George Bill Emmanuel Olaf Boris Rishi
		Keir Recep Tayyip Bashar Benjamin Mahmoud Ali Mohammed Mohammad Muhammad Ahmed Ahmad Hassan Hussein Abdel Abdullah
		Narendra Imran Nawaz Shehbaz Viktor Volodymyr Petro Andrzej Jair Luiz Javier Gustavo Nicolas Juan Carlos Pedro
		Antonio Matteo Mario Giuseppe Justin Stephen John James Michael David Robert William Charles Peter Paul Mark Thomas
		Richard Shinzo Fumio Yoshihide Abiy Cyril Jacob Muhammadu Bola Uhuru Yoweri Emmerson Alexei Alexander Aleksandr
		Mikhail Nikolai Ivan Yevgeny Ramzan Sergio Jens Mette Frank Friedrich Markus Wolfgang Horst Heiko Jean-Claude
		Jean-Luc Francois Nicolas Gerald Xavier Pedro Mariano Pablo Santiago Alberto Andres Enrique Felipe Evo Rafael
		Hugo Daniel Ehud Yair Naftali Benny Avigdor Isaac Yitzhak Hamid Hamad Tamim Salman Khalid Faisal Mohamed Abdulaziz
		Erdogan Kemal Ilham Nikol Alexander Lukashenko Ali Hossein Ebrahim Javad Masoud Hassan Kim Jong Moon Yoon Lee`) {
		if _, taken := givenNames[strings.ToLower(n)]; !taken {
			givenNames[strings.ToLower(n)] = "m"
		}
	}
	// family names and names used for both genders that slipped into the
	// lists above
	for _, n := range []string{"sheinbaum", "erdogan", "lukashenko", "kim", "jong", "moon", "yoon", "lee", "mette"} {
		delete(givenNames, n)
	}
}

// GivenNameGender returns the gender ("m", "f") of a person's name by its
// first word when that is a common given name of one gender, else "".
func GivenNameGender(name string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	return givenNames[strings.ToLower(first)]
}
