import type { PlaceTable } from './entries';

/**
 * Myanmar's 330 townships, one line per state or region in MIMU's order of
 * districts.
 * Source: the Myanmar Information Management Unit's (MIMU) township place
 * codes (the 2014 census standard, 330 townships: Kachin 18, Kayah 7, Kayin
 * 7, Chin 9, Sagaing 37, Tanintharyi 10, Bago 28, Magway 25, Mandalay 28,
 * Mon 10, Rakhine 17, Yangon 45, Shan 55, Ayeyarwady 26, Naypyitaw 8), in MIMU's
 * romanisation first, then the spellings English-language news also uses
 * (colonial names, Burmese and Shan forms). Written 2026-12 from that list
 * and general knowledge; scripts/check-gazetteer.ts checks the counts.
 * Spellings that differ only by spaces or hyphens need no variant: "Hpa-an",
 * "Hpa An" and "Hpaan" are one name to the lookups.
 * Townships whose one-word name is also a personal-name syllable or
 * English given name are listed only with "Township" ("Ye Township",
 * "Hlaing Township"): see README.md.
 */
export const MYANMAR_TOWNSHIPS: PlaceTable = {
  country: 'MM',
  kind: 'township',
  list: `
    Kachin: Myitkyina, Waingmaw, Injangyang/N'Jang Yang/Injanyang/Ingyanyan, Tanai/Tanaing, Chipwi/Chibwe, Tsawlaw/Sawlaw,
    Kachin: Mohnyin/Moenyin, Mogaung, Hpakant/Hpakan/Phakant, Bhamo/Banmaw, Shwegu, Momauk, Mansi,
    Kachin: Putao, Sumprabum, Machanbaw, Nawngmun/Naungmun, Kawnglanghpu/Khaunglanhpu
    Kayah: Loikaw, Demoso/Dimawhso, Hpruso/Phruso, Shadaw, Bawlakhe, Hpasawng/Phasaung, Mese
    Kayin: Hpa-An/Pa-An, Hlaingbwe, Hpapun/Papun, Thandaunggyi/Thandaung, Myawaddy/Myawadi, Kawkareik, Kyainseikgyi/Kyain Seikkyi
    Chin: Hakha/Haka, Thantlang/Htantlang, Falam, Tedim/Tiddim, Tonzang/Tunzan, Mindat, Matupi, Kanpetlet, Paletwa
    Sagaing: Sagaing, Myinmu, Myaung, Shwebo, Khin-U, Wetlet, Kanbalu/Kantbalu, Kyunhla, Ye-U, Tabayin/Depayin/Dipeyin, Taze,
    Sagaing: Monywa, Budalin, Ayadaw, Chaung-U, Yinmabin/Yinmarbin, Salingyi, Pale, Kani,
    Sagaing: Katha, Indaw, Tigyaing/Htigyaing, Banmauk, Kawlin, Wuntho, Pinlebu, Kale/Kalay/Kalemyo/Kalaymyo, Kalewa, Mingin,
    Sagaing: Tamu, Mawlaik, Paungbyin, Hkamti/Khamti, Homalin, Leshi/Lay Shi, Lahe, Nanyun/Namyun
    Tanintharyi: Dawei/Tavoy, Launglon, Thayetchaung, Yebyu, Myeik/Mergui, Kyunsu, Palaw, Tanintharyi/Tenasserim, Kawthoung/Kawthaung/Victoria Point, Bokpyin
    Bago: Bago/Pegu, Thanatpin, Kawa, Waw, Nyaunglebin, Kyauktaga, Daik-U, Shwegyin,
    Bago: Taungoo/Toungoo, Yedashe, Kyaukkyi, Phyu Township, Oktwin, Htantabin,
    Bago: Pyay/Prome, Paukkaung/Paukkhaung, Padaung, Paungde, Thegon, Shwedaung,
    Bago: Thayarwady/Tharrawaddy/Tharyarwady/Tharyarwaddy/Thayarwaddy, Letpadan, Minhla, Okpho, Zigon, Nattalin, Monyo, Gyobingauk
    Magway: Magway/Magwe, Yenangyaung, Chauk, Taungdwingyi, Myothit, Natmauk, Minbu, Pwintbyu, Ngape, Salin, Sidoktaya,
    Magway: Thayet/Thayetmyo, Minhla, Mindon, Kamma, Aunglan/Allanmyo/Myede, Sinbaungwe,
    Magway: Pakokku, Yesagyo, Myaing Township, Pauk, Seikphyu, Gangaw, Tilin, Saw Township
    Mandalay: Aungmyethazan/Aungmyaythazan, Chanayethazan/Chanayetharzan, Mahaaungmye/Maha Aungmyay, Chanmyathazi/Chanmyatharzi, Pyigyitagon/Pyigyidagun, Amarapura, Patheingyi,
    Mandalay: Pyin Oo Lwin/Maymyo, Madaya, Singu, Mogok/Mogoke, Thabeikkyin, Kyaukse, Sintgaing, Myittha, Tada-U,
    Mandalay: Myingyan, Taungtha, Natogyi, Kyaukpadaung, Ngazun, Nyaung-U/Nyaungoo,
    Mandalay: Yamethin, Pyawbwe, Meiktila, Mahlaing, Thazi, Wundwin
    Mon: Mawlamyine/Moulmein/Mawlamyaing, Kyaikmaraw, Chaungzon, Thanbyuzayat, Mudon, Ye Township, Thaton, Paung, Kyaikto, Bilin
    Rakhine: Sittwe/Akyab, Ponnagyun, Rathedaung, Mrauk-U/Myohaung, Kyauktaw, Minbya, Myebon, Pauktaw, Maungdaw, Buthidaung,
    Rakhine: Kyaukpyu/Kyaukphyu, Manaung/Munaung/Cheduba, Ramree/Yanbye, Ann Township, Thandwe/Sandoway, Toungup/Taungup, Gwa
    Yangon: Insein, Mingaladon/Mingalardon, Hmawbi, Hlegu, Taikkyi, Htantabin, Shwepyitha/Shwepyithar/Shwe Pyi Thar, Hlaingthaya/Hlaingtharya/Hlaingtharyar/Hlaing Thar Yar,
    Yangon: Thingangyun, Yankin, South Okkalapa, North Okkalapa, Thaketa, Dawbon, Tamwe, Pazundaung, Botahtaung,
    Yangon: South Dagon/Dagon Myothit South, North Dagon/Dagon Myothit North, East Dagon/Dagon Myothit East, Dagon Seikkan/Dagon Myothit Seikkan, Mingala Taungnyunt/Mingalar Taung Nyunt,
    Yangon: Thanlyin/Syriam, Kyauktan, Thongwa, Kayan, Twante/Twantay, Kawhmu, Kungyangon, Dala, Seikgyikanaungto/Seikkyi Kanaungto, Cocokyun/Coco Islands,
    Yangon: Kyauktada, Pabedan, Lanmadaw, Latha, Ahlone/Ahlon, Kyimyindaing/Kyeemyindaing, Sanchaung, Hlaing Township, Kamaryut/Kamayut, Mayangone/Mayangon, Dagon, Bahan, Seikkan
    Shan: Taunggyi, Nyaungshwe/Yawnghwe, Hopong/Hopone, Hsihseng, Kalaw, Pindaya, Ywangan, Lawksawk/Yatsauk, Pinlaung, Pekon/Pekhon,
    Shan: Loilen/Loilem, Laihka, Nansang/Namsang, Kunhing/Kunhein, Kyethi, Monghsu/Maingshu, Mongkaing/Mong Kung/Maingkaing,
    Shan: Langkho/Linkhay, Mongnai/Moene, Mawkmai/Maukme, Mongpan/Maingpan,
    Shan: Lashio, Hseni/Hsenwi/Theinni, Mongyai/Maingyai, Tangyan/Tangyang, Muse, Namhkan/Namkham, Kutkai/Kutkhaing,
    Shan: Kyaukme, Nawnghkio/Naungcho, Hsipaw/Thibaw, Namtu, Namhsan, Mongmit/Momeik, Mabein, Manton/Mantong,
    Shan: Kunlong, Laukkaing/Laukkai, Konkyan/Kon Gyan, Hopang, Mongmao/Mong Maw, Pangwaun/Pang Waing, Matman/Metman, Pangsang/Panghsang/Pangkham, Narphan/Nahpan,
    Shan: Kengtung/Kyaingtong, Mongkhet/Maingkhat, Mongyang/Maingyang, Mongla/Maingla, Tachileik/Tachilek,
    Shan: Monghsat/Maingsat, Mongping/Maingpyin, Mongton/Maington, Monghpyak/Maingphyat, Mongyawng/Maingyaung
    Ayeyarwady: Pathein/Bassein, Kangyidaunt, Thabaung, Ngapudaw, Kyaunggon, Kyonpyaw, Yegyi,
    Ayeyarwady: Hinthada/Henzada, Zalun, Lemyethna, Myanaung, Kyangin, Ingapu,
    Ayeyarwady: Myaungmya, Einme, Wakema, Labutta, Mawlamyinegyun/Mawlamyaing Kyun,
    Ayeyarwady: Maubin, Pantanaw, Nyaungdon/Yandoon, Danubyu, Pyapon, Bogale/Bogalay, Kyaiklat, Dedaye
    Naypyitaw: Ottarathiri/Oattara Thiri/Oke Ta Ra Thi Ri, Dekkhinathiri/Det Khi Na Thi Ri, Pobbathiri/Poke Ba Thi Ri, Zabuthiri, Zeyathiri/Zeyarthiri/Zay Yar Thi Ri, Pyinmana, Lewe, Tatkon
  `,
};
