#include "dg_names.h"

#include <stdio.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct dg_pool {
	const char *const *male;
	size_t n_male;
	const char *const *female;
	size_t n_female;
	const char *const *last;
	size_t n_last;
	/* Percent of family names that join two names with a hyphen. */
	int hyphen_pct;
	/* Percent of first names taken from the English-language pool. */
	int english_first_pct;
};

/* clang-format aligns these tables by bytes; the names are UTF-8. */
/* clang-format off */
static const char *const hisp_m[] = {
	"José", "Luis", "Carlos", "Juan", "Miguel", "Jesús", "Diego",
	"Ángel", "Adrián", "Mateo", "Santiago", "Sebastián", "Emiliano",
	"Joaquín", "Daniel", "Alejandro", "Fernando", "Iker", "Leonardo",
	"Julián", "Andrés", "Christopher", "Kevin", "Brandon", "Jonathan",
	"Isaac", "Gael", "Ismael", "Rubén", "Óscar",
};

static const char *const hisp_f[] = {
	"María", "Sofía", "Valentina", "Camila", "Isabella", "Ximena",
	"Guadalupe", "Daniela", "Gabriela", "Ana", "Lucía", "Mariana",
	"Valeria", "Natalia", "Jimena", "Renata", "Paola", "Andrea", "Itzel",
	"Yesenia", "Araceli", "Leticia", "Marisol", "Dulce", "Génesis",
	"Abigail", "Emily", "Ashley", "Melanie", "Noemí",
};

static const char *const hisp_last[] = {
	"García", "Hernández", "López", "Martínez", "González", "Rodríguez",
	"Pérez", "Sánchez", "Ramírez", "Flores", "Torres", "Rivera", "Gómez",
	"Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Chávez",
	"Ruiz", "Jiménez", "Mendoza", "Álvarez", "Castillo", "Vásquez",
	"Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro",
	"Ramos", "Muñoz", "Delgado", "Peña", "Ibarra", "Zúñiga", "Orozco",
	"Villaseñor", "De la Cruz", "De León",
};

static const char *const eng_m[] = {
	"Liam", "Noah", "Oliver", "James", "William", "Benjamin", "Lucas",
	"Henry", "Alexander", "Jack", "Owen", "Wyatt", "Caleb", "Ethan",
	"Logan", "Connor", "Dylan", "Ryan", "Nathan", "Hunter", "Elliot",
	"Rhys", "Jérémie", "Zachary",
};

static const char *const eng_f[] = {
	"Olivia", "Emma", "Charlotte", "Amelia", "Ava", "Harper", "Evelyn",
	"Abigail", "Ella", "Zoë", "Chloé", "Madison", "Hannah", "Avery",
	"Riley", "Brooklyn", "Claire", "Nora", "Lily", "Grace", "Renée",
	"Maeve", "Siobhán", "Eloise",
};

static const char *const eng_last[] = {
	"Smith", "Johnson", "Miller", "Davis", "Wilson", "Anderson",
	"Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Clark",
	"Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright",
	"Scott", "Green", "Baker", "Adams", "Nelson", "Campbell", "Mitchell",
	"Roberts", "Carter", "O'Brien", "O'Connor", "O'Neil", "McAllister",
	"MacDonald", "D'Angelo", "Schmidt", "Müller", "Novak", "Kowalski",
	"Olsen", "Sørensen", "Brontë",
};

static const char *const blk_m[] = {
	"Jayden", "Jalen", "Malik", "Darius", "Isaiah", "Elijah", "Xavier",
	"Marcus", "Andre", "DeShawn", "Jamal", "Terrell", "Micah", "Josiah",
	"Cameron", "Chidi", "Kofi",
};

static const char *const blk_f[] = {
	"Aaliyah", "Imani", "Jasmine", "Nia", "Zuri", "Kayla", "Destiny",
	"Brianna", "Amara", "Jada", "Nevaeh", "Maya", "Naomi", "Kennedy",
	"Aisha", "Adaeze", "Ama",
};

static const char *const blk_last[] = {
	"Washington", "Jefferson", "Jackson", "Williams", "Brown", "Jones",
	"Robinson", "Harris", "Coleman", "Banks", "Bryant", "Freeman",
	"Gaines", "Holloway", "Okafor", "Adeyemi", "Mensah", "Tesfaye",
	"St. Clair", "Baptiste",
};

static const char *const vie_m[] = {
	"Minh", "Anh", "Bảo", "Huy", "Khang", "Phúc", "Quang", "Tuấn", "Duy",
	"Long", "Nam", "Thành", "Kevin", "Vincent",
};

static const char *const vie_f[] = {
	"Linh", "Ngọc", "Thảo", "Trang", "Vy", "Mai", "Hương", "Lan",
	"Quỳnh", "Thu", "Hạnh", "Như", "Tiffany", "Vivian",
};

static const char *const vie_last[] = {
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nguyen", "Tran",
	"Le", "Pham", "Truong", "Vo",
};

static const char *const chi_m[] = {
	"Wei", "Hao", "Jun", "Yi", "Zhiwei", "Haoran", "Yuxuan", "Zihan",
	"Ethan", "Ryan", "Jason", "Kai",
};

static const char *const chi_f[] = {
	"Mei", "Xin", "Jing", "Yan", "Yuting", "Xinyi", "Zixuan", "Ling",
	"Jia", "Hui", "Grace", "Angela",
};

static const char *const chi_last[] = {
	"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
	"Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Lin", "Guo", "He", "Luo",
	"Chan", "Wong", "Lee", "Cheung", "Leung", "Lam",
};

static const char *const fil_m[] = {
	"Jose", "Mark", "John Paul", "Christian", "Angelo", "Jericho",
	"Rafael", "Miguel", "Jayvee", "Paolo",
};

static const char *const fil_f[] = {
	"Angelica", "Kristine", "Princess", "Jasmine", "Mary Grace",
	"Ma. Cristina", "Bea", "Patricia", "Joy", "Czarina",
};

static const char *const fil_last[] = {
	"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza",
	"Dela Cruz", "Villanueva", "Aquino", "Castillo", "Ramos", "Navarro",
	"Mercado", "Soriano", "Manalo", "Pascual", "Dizon", "Tolentino",
	"Macapagal",
};

static const char *const kor_m[] = {
	"Minjun", "Seojun", "Jihoon", "Hyun", "Dong-hyun", "Daniel",
};

static const char *const kor_f[] = {
	"Seoyeon", "Jiwoo", "Hana", "Soo-ah", "Ji-ho", "Yuna",
};

static const char *const kor_last[] = {
	"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
	"Lim", "Han", "Shin",
};

static const char *const sas_m[] = {
	"Arjun", "Aarav", "Harpreet", "Gurpreet", "Rohan", "Vikram",
	"Ishaan",
};

static const char *const sas_f[] = {
	"Simran", "Priya", "Ananya", "Navneet", "Jasleen", "Diya", "Aanya",
};

static const char *const sas_last[] = {
	"Singh", "Kaur", "Patel", "Sharma", "Gill", "Sandhu", "Dhillon",
	"Grewal", "Kumar", "Shah", "Reddy", "Gupta",
};

static const char *const ara_m[] = {
	"Omar", "Yusuf", "Ahmad", "Karim", "Adam", "Zayd",
};

static const char *const ara_f[] = {
	"Layla", "Noor", "Mariam", "Yasmin", "Amira", "Huda",
};

static const char *const ara_last[] = {
	"Haddad", "Khalil", "Nasser", "Saleh", "Hassan", "Al-Sayed",
	"Abdallah", "Mansour",
};

static const char *const arm_m[] = {
	"Aram", "Narek", "Davit", "Tigran", "Artem", "Dmitri",
};

static const char *const arm_f[] = {
	"Ani", "Lilit", "Mariam", "Nare", "Anastasia", "Sofiya",
};

static const char *const arm_last[] = {
	"Karapetyan", "Hakobyan", "Sargsyan", "Grigoryan", "Petrosyan",
	"Ivanov", "Sokolov", "Melikian",
};

static const char *const nat_m[] = {
	"Kai", "Dakota", "Koda", "Ahiga", "Elan",
};

static const char *const nat_f[] = {
	"Aiyana", "Tala", "Nova", "Winona", "Kimi",
};

static const char *const nat_last[] = {
	"Begay", "Yazzie", "Tsosie", "Benally", "Whitehorse", "Redcloud",
};

static const char *const pac_m[] = {
	"Keanu", "Sione", "Kainoa", "Tevita", "Ikaika",
};

static const char *const pac_f[] = {
	"Malia", "Lani", "Leilani", "Mele", "Kaʻiulani",
};

static const char *const pac_last[] = {
	"Tuiasosopo", "Fifita", "Taufa", "Kealoha", "Mahoe", "Leota",
};

#define POOL(m, f, l, hyphen, eng)                                             \
	{                                                                      \
		m, COUNT(m), f, COUNT(f), l, COUNT(l), hyphen, eng             \
	}

static const struct dg_pool pools[DG_H_COUNT] = {
	POOL(hisp_m, hisp_f, hisp_last, 12, 15),
	POOL(eng_m, eng_f, eng_last, 5, 0),
	POOL(blk_m, blk_f, blk_last, 4, 30),
	POOL(vie_m, vie_f, vie_last, 0, 25),
	POOL(chi_m, chi_f, chi_last, 0, 25),
	POOL(fil_m, fil_f, fil_last, 0, 20),
	POOL(kor_m, kor_f, kor_last, 0, 30),
	POOL(sas_m, sas_f, sas_last, 0, 10),
	POOL(ara_m, ara_f, ara_last, 0, 10),
	POOL(arm_m, arm_f, arm_last, 0, 10),
	POOL(nat_m, nat_f, nat_last, 3, 50),
	POOL(pac_m, pac_f, pac_last, 3, 30),
	POOL(eng_m, eng_f, eng_last, 30, 0),
};

/* Share of each heritage, in percent tenths, like a California district. */
static const int heritage_weights[DG_H_COUNT] = {
	480, 200, 50, 50, 45, 45, 15, 30, 15, 10, 10, 10, 40,
};
/* clang-format on */

enum dg_heritage dg_names_heritage(struct dg_rng *r)
{
	return (enum dg_heritage)dg_rng_weighted(r, heritage_weights,
						 DG_H_COUNT);
}

static const char *dg_names_pick(struct dg_rng *r, const char *const *v,
				 size_t n)
{
	return v[dg_rng_below(r, (uint32_t)n)];
}

static const char *dg_names_first(struct dg_rng *r, const struct dg_pool *p,
				  char sex)
{
	int female = sex == 'F' || (sex == 'N' && dg_rng_chance(r, 0.5));

	if (dg_rng_below(r, 100) < (uint32_t)p->english_first_pct)
		p = &pools[DG_H_WHITE];
	if (female)
		return dg_names_pick(r, p->female, p->n_female);
	return dg_names_pick(r, p->male, p->n_male);
}

/* Families of mixed heritage take their name from any pool. */
static void dg_names_last(struct dg_rng *r, enum dg_heritage h, char *out,
			  size_t size)
{
	const struct dg_pool *p = &pools[h];
	const char *a = dg_names_pick(r, p->last, p->n_last);
	const struct dg_pool *q = p;

	if (h == DG_H_MIXED) {
		q = &pools[dg_rng_below(r, DG_H_MIXED)];
		a = dg_names_pick(r, q->last, q->n_last);
	}
	if (dg_rng_below(r, 100) < (uint32_t)p->hyphen_pct) {
		const struct dg_pool *o =
		    h == DG_H_MIXED ? &pools[dg_rng_below(r, DG_H_MIXED)] : p;
		const char *b = dg_names_pick(r, o->last, o->n_last);

		if (strcmp(a, b) != 0 && !strchr(a, ' ') && !strchr(b, ' ')) {
			snprintf(out, size, "%s-%s", a, b);
			return;
		}
	}
	snprintf(out, size, "%s", a);
}

void dg_names_student(struct dg_rng *r, enum dg_heritage h, char sex,
		      struct dg_name *out)
{
	const struct dg_pool *p = &pools[h];

	snprintf(out->first, sizeof(out->first), "%s",
		 dg_names_first(r, p, sex));
	out->middle[0] = '\0';
	if (dg_rng_chance(r, 0.45)) {
		const char *m = dg_names_first(r, p, sex);

		if (strcmp(m, out->first) != 0)
			snprintf(out->middle, sizeof(out->middle), "%s", m);
	}
	dg_names_last(r, h, out->last, sizeof(out->last));
}

static const char *const staff_last[] = {
	"lee",	    "garcia",	"nguyen",   "smith",   "patel",	  "kim",
	"johnson",  "martinez", "chen",	    "brown",   "wong",	  "rivera",
	"davis",    "lopez",	"tran",	    "wilson",  "singh",	  "hernandez",
	"miller",   "reyes",	"taylor",   "park",    "santos",  "cohen",
	"obrien",   "okafor",	"haddad",   "morales", "fischer", "yamamoto",
	"castillo", "begay",	"sorensen", "murphy",  "ramos",	  "delgado",
};

void dg_names_login_stem(struct dg_rng *r, char *out, size_t size)
{
	char initial = (char)('a' + dg_rng_below(r, 26));

	snprintf(out, size, "%c%s", initial,
		 dg_names_pick(r, staff_last, COUNT(staff_last)));
}

static const char *const streets[] = {
	"Maple Ave",
	"Oak St",
	"Mission Blvd",
	"El Camino Real",
	"Via Montaña",
	"Sycamore Dr",
	"Alameda de las Pulgas",
	"Cedar Ln",
	"Sunset Ave",
	"Juniper Ct",
	"Calle Alegría",
	"Bayview Ter",
	"Magnolia Way",
	"Ridgecrest Rd",
	"Valley View Dr",
};

void dg_names_street(struct dg_rng *r, char *out, size_t size)
{
	int number = dg_rng_range(r, 100, 9899);
	const char *street = dg_names_pick(r, streets, COUNT(streets));

	if (dg_rng_chance(r, 0.2))
		snprintf(out, size, "%d %s Apt %d", number, street,
			 dg_rng_range(r, 1, 40));
	else
		snprintf(out, size, "%d %s", number, street);
}
