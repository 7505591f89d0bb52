"""Child labour stated through ages, minors and children at work (patterns 2026.12.21, cl15): minors named among
the workers or victims, ages under 18 with a work or trafficking verb, children as the subject of a work verb or at
a worksite, named child-servitude systems; children who do not work, adults' ages, studies and laws stay apart."""
from __future__ import annotations

import pytest

from evidence_helpers import counted

CHILD = "child_labour"


@pytest.mark.parametrize("text, lang", [
    # minors named among the workers, victims or people found
    ("Police freed 22 farmhands from the melon farm, four of them minors, after a tip-off from a neighbour.", "en"),
    ("Some 60 labourers, minors among them, were freed from the rice mill by the district task force.", "en"),
    ("The audit team traced an under-16 worker on the packing line to a forged birth certificate.", "en"),
    ("Entre las 25 personas liberadas en la chacra había dos menores, según la fiscalía.", "es"),
    ("Según la fiscalía, de las 12 víctimas del taller, cinco eran menores.", "es"),
    ("La policía halló a 14 costureras en el sótano, tres de ellas niñas.", "es"),
    ("Dans l'atelier clandestin, les inspecteurs ont relevé la présence d'un mineur d'âge parmi les ouvriers.", "fr"),
    # an age under 18 with a work or trafficking verb
    ("The inspectors said 17-year-olds were also recruited for the overnight cleaning crew.", "en"),
    ("He said he was 13 when he was sold to a fishing boss on the lake.", "en"),
    ("Sunil, 16, carries trays of tea to the pickers in the estate lines.", "en"),
    ("On the trawler the youngest deckhand is twelve.", "en"),
    ("Una muchacha de 16 años cargando cajas de uva fue hallada en el galpón.", "es"),
    ("Juan, de nueve años, dice cargar bolsas de carbón en la mina desde las cinco.", "es"),
    ("Con apenas diez años ya trabajaba como criada en casa de una familia de la capital.", "es"),
    ("Moussa, 16 ans, porte des seaux d'eau pour les maçons toute la matinée.", "fr"),
    ("À 16 ans, Koffi décharge des camions de ciment au port autonome.", "fr"),
    ("Âgée de 16 ans seulement, elle avait été recrutée comme bonne par une agence de Cotonou.", "fr"),
    # teenagers and children at work, further from the noun
    ("Teenage girls were bused each morning to the strawberry fields and paid by the crate.", "en"),
    ("Many children have ended up working in the tanneries of the old town.", "en"),
    ("The children on the cotton farms are paid nothing for the picking season.", "en"),
    ("The inspectors found widespread child labour in the tannery cluster.", "en"),
    ("Families bring their sons along, and even the smallest is put to work by the third day.", "en"),
    ("La red captaba a adolescentes en las terminales de ómnibus para las fincas de tabaco.", "es"),
    ("A los niños los llevan a las fincas en camiones antes del amanecer.", "es"),
    ("Los chicos pasan hasta diez horas agachados en los surcos.", "es"),
    ("Des élèves hissent les seaux de gravier sur la carrière, sous un soleil de plomb.", "fr"),
    ("Les élèves sont mobilisés de force chaque automne pour la récolte du coton.", "fr"),
    # named child-servitude systems
    ("Many restavek girls sleep on the kitchen floor and are the first to rise.", "en"),
    ("Un vidomègon de dix ans fait la lessive de toute la maisonnée.", "fr"),
    ("Selon l'ONG, ces bonnes mineures ne sortent jamais de la maison.", "fr"),
])
def test_person_under_18_at_work_is_child_labour(text: str, lang: str) -> None:
    assert counted(text, CHILD, lang)


@pytest.mark.parametrize("text, lang", [
    # children who do not work, adults' ages, studies, laws on minimum age
    ("The pickers' children attend the village school while their parents are in the fields.", "en"),
    ("A 45-year-old picker said the foreman kept his passport.", "en"),
    ("The government published a survey on child labour in the tea sector.", "en"),
    ("The auditors found no child labour in any of the four mills.", "en"),
    ("Child labour in the cocoa sector remains a major concern for buyers.", "en"),
    ("Children under 15 may not be employed in the mines under the 2017 act.", "en"),
    ("La edad mínima de admisión al empleo es de 15 años.", "es"),
    ("Entre los vecinos que llenaron la plaza había varios menores.", "es"),
    ("De los 300 evacuados tras la inundación, 40 eran niños.", "es"),
    ("La loi interdit le travail des mineurs de moins de 16 ans dans les mines.", "fr"),
    ("Les enfants des ouvriers sont accueillis à la crèche de l'usine.", "fr"),
    ("Aucun enfant n'a été trouvé au travail lors de la visite.", "fr"),
])
def test_children_not_at_work_are_not_child_labour(text: str, lang: str) -> None:
    assert not counted(text, CHILD, lang)
