"""Given names that tell a person's gender, for coreference (data only).

Kept to names that wire copy almost always gives to one gender, in English-language news and
in the Arabic, Hispanic, Slavic and South Asian names it prints most. Names shared by both
genders somewhere (``Kim``, ``Jean``, ``Andrea``, ``Simone``, ``Joan``, ``Nicola``, ``Jody``,
``Robin``, ``Leslie``) are left out on purpose: a wrong gender blocks the right pronoun, while
an unknown one only widens the choice. Keys are lower case, without accents or dots.
"""

from __future__ import annotations

__all__ = ["FEMALE_GIVEN_NAMES", "MALE_GIVEN_NAMES"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_GIVEN_NAMES: frozenset[str] = _words(
    """
    aidan aiden alec alfonso alistair alvin ambrose amos andy angus archie armand arnaud
    arturo aurelio axel barney bart basil baxter benedict benito benny bernie bert bertrand
    blaine boyd brady brendan brent brock bryce burt byron calvin carey carlton carmine
    cecil cedric chandler charlie claude clement clifford clint clyde cody connor conor
    cornelius cyril damian damien dane darrell darryl dave declan denis desmond dexter dick
    donovan dorian duane duncan dustin dwayne dwight ed eddie edgar edmund eli elias elmer
    emile emmett enzo ernie ervin ezra ferdinand floyd frankie franklin freddie gareth
    garrett gavin geoffrey gilbert godfrey gregg griffin gus hank hans harlan harvey herman
    hubert humberto ignacio irwin isaiah ivor jasper jed jeremiah jethro jimmie joaquin jock
    joey johan jonah jordi julius kai keegan keenan kelvin kent kieran kirk kurt lars
    laurence lenny leo leroy lester lewis lionel lonnie luigi luther lyle malcolm manuel
    marvin mason matt maxwell melvin micah mickey monty morris moses murray myles ned nelson
    nicolas noel norm otis pablo patrice perry pete ramon randall randolph raphael reggie
    rene rex rhys robbie rocco roderick roland rolf romain ronnie roscoe rudy rufus russ
    salvatore sammy santiago saul seamus sergio shaun shawn sheldon sid silas stan stephane
    stu teddy terence thaddeus theo theodore thierry toby tristan ulysses vance vernon vic
    virgil wallace walt wendell wes wilbur wilfred willard willis wilson winston woodrow
    wyatt yannick zack
    josh joshua barry earl leon don ben max troy
    aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander
    alexei alfred ali andrew andrei andres angelo anthony antonio arnold arthur ashraf barack
    benjamin bernard bill billy bob bobby boris brad bradley brandon brian bruce bryan carl
    carlos charles christopher colin craig dan daniel darren david dennis derek dmitry donald
    douglas doug edward eduardo emmanuel enrique eric erik ernest eugene fernando francesco
    francisco frank franz fred frederick gabriel gary george gerald gerhard giorgio giuseppe
    gordon graham greg gregory guillermo gustavo hamid harold harry hassan heinrich helmut henry
    herbert howard hugh hussein ian igor isaac ivan jack jacob jacques jake james jason javier
    jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jonathan jorge jose joseph juan
    julian justin karl keith ken kenneth kevin khalid klaus larry lawrence leonard lorenzo louis
    luis luke mahmoud marc marco mario mark martin matthew michael miguel mike mikhail mohamed
    mohammad mohammed muhammad nathan neil nicholas nick nikolai norman omar oscar otto patrick
    paul pedro peter philip phillip pierre rafael ralph raul raymond ricardo richard rob robert
    roberto roger ronald roy russell ryan salman samuel scott sean sergei sergey simon stanley
    stephen steve steven stuart ted terrence thomas timothy tim todd tom tony trevor victor
    vincent vladimir walter wayne william willie wolfgang yasser youssef yuri zachary
    alain andre antoine benoit brett caleb chad chuck clarence conrad curtis dean derrick
    dominic dylan edwin elijah elliott ethan evan felix francois gilles glen glenn hector
    horace jared jerome julien kyle lance liam lloyd logan lucas luc marcel marcus mathieu
    maurice mitch mitchell nathaniel nigel noah oliver olivier owen pascal percy phil philippe
    quentin randy reginald rick ricky rod rodney ron ross rupert sebastien sebastian seth shane
    spencer stefan sylvain travis tyler vince warren wesley xavier yves jagmeet jean-pierre
    jean-francois jean-claude jean-marc jean-yves jean-luc hamza imran karim mustafa nabil
    rashid tariq yusuf rahul sanjay vijay amit arjun hiroshi takeshi kenji
    """
)

FEMALE_GIVEN_NAMES: frozenset[str] = _words(
    """
    ada adelaide agatha aileen aimee alana alexis alma althea amelie anastasia angelica
    annabelle annika antoinette arlene astrid aurora bella bernadette bertha beth bianca
    blanche bonita brianna brigitte britney caitlin callie camila candace carrie catalina
    cathy celeste celia charlene christa clare constance cora corinne courtney crystal
    daphne darlene deanna debbie deirdre delia dina dolores dora doreen edith edna eliana
    eloise elsa elsie emilia estelle ethel eugenie eunice felicity flora freda gabrielle
    gemma georgina geraldine gertrude giselle gladys glenda greta gwendolyn hailey hanna
    henrietta hilary hilda ida imogen ines irma jackie jade jana jeanette jeanne joan
    jocelyn juanita juliet karina katrina kendra kristina lana laurie leona lila lindsay
    lois lorna louisa lucille luisa lynda mabel madeline magdalena mandy mara marcia
    margarita mariana marianne marion marisa marjorie mathilde matilda maud maura mildred
    minnie miranda mona monique myra nell nellie nora norma paloma paulette pauline petra
    philippa phyllis polly priscilla prudence queenie ramona rebekah rhoda rosalie rosalind
    sabine sadie selena shelley silvia sofia stacey susanna sybil tania tatiana thelma trudy
    viola vivienne wanda wilhelmina winifred
    abigail adriana agnes aisha alexandra alice alicia alison amanda amber amy ana angela
    angelina anita ann anna anne annette barbara beatriz betty beverly brenda bridget carla
    carmen carolina caroline catherine cecilia charlotte cheryl christina christine cindy claire
    claudia colette cristina cynthia daniela deborah debra denise diana diane donna doris
    dorothy elena elizabeth ellen emily emma erin esther eva fatima fiona florence
    frances francesca gabriela gloria grace hannah heather heidi helen helena hillary ingrid
    irene isabel isabella jacqueline jane janet janice jennifer jessica joanna joanne josephine
    joyce judith judy julia julie karen katherine kathleen kathryn kathy katie laura lauren
    linda lisa liz louise lucia lucy lydia madeleine margaret maria marie marilyn marina martha
    mary megan melanie melissa michelle monica muriel nadia nancy natalia natalie natasha nicole
    nina olga pamela patricia paula rachel rebecca rita rosa rose ruth sandra sarah sharon
    sheila shirley sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara teresa
    theresa tina valerie vanessa veronica victoria virginia wendy yvette yvonne zainab
    abby adele allison amelia angie annie ashley audrey ava bethany bonnie brittany brooke
    camille candice carol cassandra chantal chelsea chloe chrystia clara colleen danielle dawn
    delphine eileen elaine eleanor elise eliza ella emilie erica erika evelyn gail genevieve
    gillian gina gwen harriet hayley helene holly isabelle jacinda jasmine jenna jenny jill
    jodie josee julianne kate katharine kayla kirsten kristen kristin leah leila lena lillian
    lily lori lorraine madison maggie manon margot marlene maryam maureen maxine meghan melinda
    mia mireille miriam molly naomi nathalie olivia paige peggy penelope penny phoebe priya
    rachael rania regina renee rhonda roberta rosemary roxanne sabrina sally samantha sara
    sheryl sonya stacy stella sue susanne tammy tanya tara tiffany ursula vera vivian yasmin
    yolanda zoe ginette sylvie francine martine kirsty nadine loretta olive connie
    """
)
