"""More given names by gender, for telling a named person's "he" from "she".

Read only for the first word of a name of two words or more (``article_names.gender_of``): many of
these are surnames too ("Grant", "Marshall"), which a surname written alone must not be gendered by.
The core lists in ``patterns`` (``FEMALE_GIVEN``, ``MALE_GIVEN``) serve every other use. Written for
this project: names used overwhelmingly for one sex where they are common, accents folded ("jose");
unisex names ("Chris", "Jordan", "Andrea") left out.
"""

from __future__ import annotations

from .patterns import fold_accents

FEMALE = frozenset("""
aarti aasia abbie abeer abla achieng adanna adaobi adaora addie adela adele adhiambo adina aditi adjoa
adrienne afia afroditi afua agatha agathe agne agnese agneta agnetha ahuva aida aigul aija aikaterini ailbhe
aileen aimee aine ainhoa aino aishah aishwarya aissatou aisulu aitana aizhan akane akemi akinyi akoth akua
alaina alana alayna alba albana albertina alda alena alessia alexia alfre alfreda alia alicja aliki alisa
alisha alissa aliyah alla allie allyson almudena alyson amaia amaka amalia amandine amarachi ambra ameenah
amie aminata amna amparo amra anabel anais analyn anamaria anat anca andreea aneesa aneta anett anette anfisa
angelica angeliki angelina angharad angie aniko anja anjana anke ankica annabel annabella annalena annalisa
annalise annastacia anne-marie anne-sophie annegret anneli anneliese annemarie annemiek annette annick annie
anniken annikki anouk anthi antigoni antje antoinette antonia antonina anum anupama anuradha anushka anya
anyango anzhela anzhelika aoibheann aparna apiyo apolline araba arabella aranka archana aretha argyro ariella
arielle arina arlene arlette armine aroha arundhati arzu asifa asli asma asmahan aspasia assunta astri atefeh
athina atieno audra ausra aviva awa awino axelle aya ayaka ayako ayana ayanna ayelet ayla aylin ayse ayu
azadeh aziza azizah azra babita baiba baleka barbora barbra bathabile batsheva beate beatrix becca begona
belen belinda bella benazir benedetta benedicte benedikte benedita bente berna bernadine bertha beryl bess
bessie bette bettie bettina beulah beyza bhavana bhavna bianca biljana binta birgitta birna birsen birthe
birtukan birute bjork blanca blanche blanka blerta bodil boglarka bogumila bohdana bojana borbala boryana
bozena brandi branka brankica breanna bree brenna briana brianne brid bridgette brigid brigitte brinda brita
britney britta brittney bronagh bronislawa bronwen bronwyn bruna brynja brynlee bryony burcu bushra busisiwe
busra caitlin callie calliope camelia canan candace candela cansu caoimhe capucine carissa carlene carlota
carlotta carmela carmella carola carole carrie cassandra cassie catalina catarina cate caterina cathleen
catrin cayetana cecelia cecilia cecily celia celine chana charlene charlize chaya chebet chellie chepkoech
cher cherie chidimma chidinma chieko chimamanda chinasa chinyere chitra chiyo chrissy christa christelle
christiane christy chrysoula chryssa chunlan chunying cindy cinzia citlali clarissa clarisse claudette cleide
clelia clemence clementina clementine cleo clodagh colette conceicao concetta connie consolata coralie corazon
cordelia corina corinne cornelia costanza coumba cressida cristiane cristina csilla dace daciana dafna dafni
dagmar dagny daiane daiva daleyza dalia damares damini damla danijela danuta danute daphne dariga darla darya
daryna dasha dayana deanna dearbhla deb debby debora deena deepika deepti deeqa defne deja delfina delia
delyth demi denisa desanka desislava despina devika devorah dewi dieuwke dijana dilek diletta dilma dilnoza
dimitra dinah dinara dineo diya djeneba doina dolly dominika donatella dora dorothea dorte dorthe dottie drita
droupadi dubravka dulce dulcie dunya dusanka ebba ebru ecaterina ece edeltraud edie edurne edwige edwina edyta
eeva effie efthymia efua egle eiko eimear einat eirini eithne eivor ekua eleftheria eleni eleonora eleonore
eleri elfriede eliane elianna elin elina elinor elira elisa elisabeta elisabeth elisabetta elissa elizaveta
elke ellen ellie ellinor elnaz elpida elsie elske elspeth elva elvira elzbieta emanuela emelie emer emese emi
emilie emina emine emmanuelle emmeline emmi encarnacion enid eniko enrica eri erin erlinda erma ermira erna
ernestina ernestine ersilia erundina erzsebet esmeralda esra estefania estela estella eszter etelka etsuko
etta eugenia eugenie eula eun-ji eunice evangelia evangelina evangeline evdokia evgenia evi evija ewelina
ewurabena ewurama fabiana fabienne fabiola fadumo fadwa faina faiza fanny farahnaz farhana farzana fatemeh
fatma fatmire fatou fatoumata fauzia fauziah fawzia fay faye fehmida fenella fenna fereshteh feruza filipa
filiz fiorella flavia fleur flor flora florentina florinda flossie folasade forough foteini fotini fouzia
franca francine francisca francoise franziska frauke freda freida frida frieda friederike fumiko funke gaelle
galit galya gamze gayane gayatri gaynor geeta genevieve genowefa genzebe georgiana georgina gerda geri gertrud
gertrude gesine geun-hye ghada ghazala ghislaine giada giedre gigliola gilda ginette ginevra ginny gintare
giorgia gisela gisele giselle gitte giuditta giuliana giuseppina gizella gizem glenda glenys glynis golda
goldie golnaz golshifteh gordana graca gracie graciela grainne graziella grazyna gregoria grete gretel grethe
griselda gro gry gudrun guilan guillermina guiying gulalai gulnara gulnora gulsen gunhild gunilla gunta gunvor
guro gwendoline gwenllian gwyneth hadas hadassah hadiza hafsa hajara hajnalka haleh halima halimo halla hallie
halyna hanadi hanako hanan hande hanneke hannele hannelore harriett haruko hasina hasmik hatice hattie hauwa
hawa hedda hedwig hedy hege heidemarie heidrun heike helena helene helle helmi heloisa hema henrietta
henriette herminia hermione hester hiba hibo hila hilda hilde hildegard hildur hina hiroko hirut hisako hitomi
hoda hodan hollie homa honora honorata hortense hortensia houda huguette hulya humaira huong ibolya ibtisam
ieva ifeyinwa iga ijeoma ilana ilaria ildiko ileana ilene ilona ilse ilze imee imelda imke immacolata ina
indah indira indre indu ineke inese inessa inez ingegerd ingela inger ingibjorg ingrida ingvild inmaculada
inna intan intisar ioana ioanna iolanda ioulia iphigenia iqra irem irena ireti irini irma irmgard irmtraud
iryna isadora isatou isha ishbel isobel isotta itzel itziar iveta ivete ivona ivonne iwona iyabo izabela jaana
jacinda jacquelyn jacqui jada jadwiga jagoda jahana jahnavi jameela jamila jana janette janie janina janine
janneke jaqueline jaroslava jasmina jayalalithaa jayla jayne jazmin jazmine jeanie jeanine jeannine jebet
jehona jemima jemma jenifer jenni jepchirchir jepkosgei jeri jessamyn ji-eun ji-yeon jihan jimena jitka jitske
joana joanie joann jocelyne jodi johanna jolanda jolanta jolene jolita jonalyn jonna jorunn josefina josette
josiane josie jovana joy juana judi judit juliane julianna julianne juliet julieta juliette jumana junko
jurgita justine jutta jytte kaarina kadiatou kadri kaia kaitlyn kaja kajol kalliopi kalpana kamila kamini
kamla kanako kangana kanika kanimozhi kaori kareena karina karine karla karlijn karolina karoline kartika
kartini kashmala kasturba katalin katarina katelyn katerina kateryna katharina katharine kathie kathrin katina
katja katri katrin katrina katrine katy katya kavya kayleigh kazimiera kazuko keeley kemi kendra kerri kerryn
kersti kerubo ketanji ketevan keyana kezia khady khaleda khalida kholoud khrystyna kiana kierra kimiko kinga
kira kirsi kirsti kirstie kirstjen kiyoko kizzy kjersti klara klaudia klavdia kleopatra kolinda konstantina
kristalina kristi kristie kristina kristine kristrun kristyna krisztina kriti krystal ksenia ksenija kubra
kumiko kusum kveta kwamboka kyoko kyriaki kyrsten kyung-wha lacey ladan laetitia laila laima lainey lakeisha
lakisha lali lalita lambrini lamia lana laquita lara larisa larysa lashonda lata latanya latasha latifa
latifah latonya latrice laure lauretta lavinia lea leanna leela leena lejla lela lene leni lenka lenora lenore
leokadia leona leonie leonor leonora leora lestari lesya letitia letizia lettie letty leyla leymah lia liat
libuse lidia lieke liesbeth ligaya ligita liina lila lilah lilia lilian liliane lilit lilja lilly limor lina
lindita linnea liora lisanne lise lise-lotte liselotte lisette liudmyla liv livia liza lizzie ljiljana loes
lola lonneke loredana lorelei lorena lorenza lorna lotta lottie louisa lovisa lowri luana luann lubna lucie
lucienne lucila lucinda lucretia lucrezia lucyna ludivine ludovica luella luisa luise luiza lujain lulu
luminita lupita lurdes lusine luz luzviminda lynda lynette lynne lyubov maaike maame maarit maarja macarena
machiko madalena madalina maddalena madge madhuri maelle maelys mafalda magda magdalini magdolna maha mahira
mahnaz mahsa mahtab mahua mai mair maire mairead mairin maisy maite maja majlinda makenna malak malala malena
malene malika malin malini malka mallika mamata mami mamie mamphela mamta manal manana mandy manisha manon
manuela marcela marcelle marcy mared mareike maren margareta margarete margarida margarita margaux margery
margherita margie margit margo margrethe marguerite mariagrazia mariah marialuisa mariam mariama marianna
marianne mariastella maricarmen maricel maricela marie-christine marie-claire marie-france marie-helene marie-
laure mariel mariela mariella marielle marietta marija marijke marinella marisa marissa marites maritza
marivic mariya marjatta marjo marjolein marketa marlene marlies marloes marnie marsha marte martina martyna
marva marvi maryann maryanne maryellen marzena masako masha masoumeh mathilda mathilde matilde matina maud
maude mavis mayada mayawati mayra maysa mayu mayumi mazie meabh meaza mechthild medha meena meenakshi meg
megawati meghan megumi mehbooba mehreen mehrnoush mehwish mei meihua meike meiling meira meirav mekdes melanne
melba melina melis meltem meral merav merel merja mersiha merve meryl meseret metiria mette mette-marit mhairi
mi-kyung mi-sook micaela michaela michela micheline michiko midori mieke mieko mihaela miho mikayla milada
milagros miley milica millicent millie mimoza min-ji minako mindy minerva minna minnie minoo minyon mireille
mirella mireya mirjam mirjana miroslava mirta missy mitali mithali mitzi miyuki mohini mollie molly momoko
moraa morgane morwenna mridula muireann mulyani mumbua muna muthoni mwende myfanwy mylene myriam myrna
myroslava myrthe myrto myung-sook naama naana nabila nadege nadezhda nadiya nadja nafissatou nafsika nafula
naheed nahla naima najla najwa naliaka nalini namrata nanaia nanami nandini nandita nanette nanna nannie
narges nargis nargiza nasrin nastya nataliya natalya natasa natia natividad natsuko nava nawal nayana nayeli
nazanin nazia nazli ndeye nduku neda neelam neera neeta nefeli negar neide nekesa nektaria nell nelli nellie
nerys nesrin nesrine nettie netumbo nevaeh nevena nga ngaire nhung nicki nicoletta nidhi nidia nienke nigella
nighat nikoleta nilde nilima niloufar nilufar nilufer nimco nimrata nirmala nirupama nisreen njeri njoki
nkechi nkiru nkosazana nnenna nobuhle nobuko nodira noelia noemi noemie nokuthula nolwazi nomathemba nomcebo
nompumelelo nomsa nomzamo nonhlanhla noraini norhayati noriko nosipho nosiviwe nosizwe nothemba noxolo ntombi
ntombizodwa nuala nune nunzia nupur nurcan nurgul nuria nyaboke nyambura nydia nyla oana oanh obiageli oceane
octavia odette odile ofelia ofra ogechi oleksandra olena olesya olha olivera olwen omolara omotola onyinye
oonagh ophelia orit orlaith orna ornella orsolya osnat ottavia ottilie oumou ourania outi ozge ozlem
paetongtarn paivi palesa pallavi pam panagiota paraskevi parastoo parisa parvati pascale patrizia patrycja
patsy paulette paulina pavla pegah perla pernille perrine petula philippa phumzile piera pinar pinelopi pippa
piret pirjo piroska pnina polyxeni poonam popi portia prabha pramila pranita pratibha preeti prerna priscila
priti pumla pushpa putri queenie quynh rabia rachael rachele rachida rachna radhika radka radmila raegan
rafaela raghad ragini ragna ragnheidur ragnhild rahaf raija raisa raissa ralitsa raluca ramatoulaye ramune
randa rani ranveig ranya raquel rasha rashida rashmi ratna ravit rawan raymonde razia reba rebeca regine reham
rehana reiko reina reka remedios rena renske renu retno revital rhea rhiannon rhoda rianne ricarda rie
rigoberta rihanna riina riitta rika rima rina rini ritu rivka robina rodica rohini rokeya rokia rola romana
romane ronda ronit ronja ronke rosalba rosalia rosalie rosalinda rosalyn rosamund rosana rosangela rosanna
rosaria roseanna roseanne roselyne rosemarie rosena rosetta rosmah rossella roswitha roula rowena roxana roxie
roya ruba rubina ruchi rudina rukhsana rukmini rumyana rupa ruta ruthie ruzica saba sabrine sachiko sade
sadhana sadia safiya sagal sahra saima sakiko sakina sakshi salimata salmah salome saloni salwa samaneh samia
samina sanae sanela sangeeta sanja sanjana sanna sanne sanni saori sarala saraswati sarit sarita sarka sarmite
sarojini saskia satoko saule savitri sawsan sayaka seda seema segolene seija seiko selena selin selina senait
seo-yeon sepideh serap serena setareh setsuko sevara sevda severine sevim shabana shabnam shadia shahida
shahla shahnoza shaima shakira shalanda shalini shameka shana shanelle shanika shaniqua shanna sharlene
sharmila sharonda sharron shauna shawna shazia sheela sheena shefali sheree sheri sherri sherrie sherry shilpa
shima shira shireen shizuka shlomit shobha shoko shonda shoshana shqipe shraddha shubha shulamit shweta sibel
sibyl sidra sienna sietske sigal signe sigourney sigridur sigrun sile silke silvana silvina simin sinikka
siranush sirikit sirkka sirpa sita siti siv slavica smaragda smaranda smita smriti sneha snezhana sofie sofiya
soheila soizic solange soledad solomiya solvita sonal sonali sondra songul sonja soon-ja sorcha sorina sotiria
souad spomenka sridevi stacie stamatia stanislawa stavroula stefania stefanie steffi stefka steinunn stina
styliani suad subhadra sudha sueli suella sufia suha sujata sumaira sumati sumaya sumiko sumitra sunanda
sunidhi sunniva supriya surekha susanna susannah susanne sushila sushma sushmita susi susie sussan suvi
suzanne suzette suzy svandis svenja sveta sveva svitlana swantje swara swati sybil sylwia synnove szabina
szilvia tabatha tahani tahira tahmina tahmineh taina taisiya takako tali talia tallulah tamar tamari tameka
tamiko tamsin tamta tania tanisha tanja tansu tanuja tanushree tanvi taraji tarana taraneh tarja taslima
tatjana tatyana tawakkol tegan tehila tehmina teresita tereza terhi tess tessa tetiana tetyana teuta thandeka
thea theodora therese thokozile thora thordis thorunn thuli thulisile thuy tiana tigist tiina tijana tilda
tilly timea tinatin tineke tirunesh tirza tish titilayo tiziana tomiko tomoe tomomi tonia torunn toshiko tova
trang treasa tricia triin trine trude trudy tsehay tsvetanka tsvetelina tugba tuija tulay turid tuula tuulikki
tuva tuyet tyra tzipi tzipora ubah ugochi ulla ulrika ulrike ulyana uma urmila ursel urszula usha uta uyen
uzma vaira vaishali valarie valbona valeriya vandana vanesa vanna varda varsha varvara vasanti vasiliki
vasilisa vasundhara vedrana veera velma vendula verena verna veronika veronique vesna vibeke vibha vicki
vickie vicky victoire vidya vigdis viktoriia viktoriya vilija vilma vimala viola violet violeta viorica vira
virginie vittoria vivienne vjosa vladimira vlatka vrinda waheeda wairimu waithera waltraud wambui wamuyu
wangari wangui wanjiku weronika whoopi wiebke wietske wiktoria wilhelmina willa willemijn wilma winnie
wioletta wulan xanthi xiaoling xiulan xiuying xiuzhen xochitl xuxa yaa yadira yael yamila yamini yana yanina
yanti yara yardena yaroslava yasaman yasemin yashoda yasmeen yasmina yasmine yasuko yayoi yazmin yehudit
yelena yeliz yemisi yevgenia yewande yifat yingluck ylva yolonda yordanka yoriko yoshiko young-hee yui yuka
yukari yukiko yulan yuliana yuliia yumi yumiko yuni yuriko yuying zaida zaira zaleha zandile zarina zartaj
zaruhi zdenka zdzislawa zeenat zehava zeina zelda zelia zeljka zelma zenaida zendaya zhanna zhazira ziba
zinaida zinhle zivile zlata zodwa zoey zohreh zoi zoila zora zoriana zorica zornitsa zoya zrinka zsanett
zsofia zsuzsa zsuzsanna zubaida zukiswa zulma zuraida zuri zuzana zuzanna zyta
""".split())

MALE = frozenset("""
aakash aamir aart abbas abdallah abdel abdelaziz abdelfattah abdelkader abdoulaye abdulaziz abdulkarim abdulla
abdullahi abe abebe abel abelardo abhijit abhinav abhishek abhisit abid abiy abner abraham abubakar achille
achilles achim adalbert adan adebayo adeel adekunle adel ademola adeyemi adil adnan adolfo adriaan adrian
adriano adrien afonso afshin aftab afzal agus agustin aharon ahsan aidan aitzaz aivars ajay ajinkya ajit akash
akbar akhil akhilesh akihiko akihiro akihito akmal akram aksel akshay akwasi alaric alassane alcide aldo alejo
aleksandar aleksei alessio alexandre alexandros alexey alf alfio alfonso alfredo algirdas alioune aliyu alois
alok alonso alonzo alper alphonse altaf alton alun alvin amado amadou amar amartya amaury ambrosio amedeo
amerigo amin amjad amnon amol amos amr anant anas anastasios anatole anatoli andras andreas andries andris
andriy aneurin angelo angelos anibal anies aniket anirudh ankit ankur anselmo antoni antonin antonino antonios
antonis antti antwan anupam anurag anwar apostolos aquiles arash arcadio arda ardeshir arend arif arild
aristide aristotle arjen arkady arlo armand armando armin arnab arnaldo arnaud arne arnie arnold arpad arrigo
arsene arsenio arseniy arshad artem arturs artyom arvid arvind arvydas aryeh asad asaf asbjorn asger ashish
ashok ashraf ashwin asif asim aslam athanasios atif atiku atsushi attila attilio atul auberon augustus
aurelien aurelio avi avigdor avinash avishai avner avraham axel aydin ayman ayoub azhar azim aziz babacar
babajide babak babar bahram bakr balaji balazs baltasar bambang baptiste barend baris barnabas barney barrett
barron bart bartholomew bartlomiej bartolome bartolomeo barton bartosz basel bashir basil bassam bassem
bastiaan bastian bastien bautista beau beckett behnam behrouz bekir bence benedetto benedict benedikt bengt
benicio benigno benito benji bennett benoit benson beppe berhanu berk bernardo bernd bert berthold bertrand
beto bettino bezalel bhaskar bheki bhupesh biagio bijan bilawal binali binyamin birger bjarne bjarni blaise
boaz bohdan bohumil bohuslav bojan boleslaw bongani borislav boubacar boyd boyko bradford bradley brady
branimir branislav branko brant brantley braulio braxton brayden brendon brennan brock broderick brody
bronislaw bror bruno bryant bryce bryson budi bulent burak burkhard burt burton byron caio calogero calum
calvin camilo carlton carmelo carmine carsten carwyn caspar casper cassio catalin cayetano celestino celso cem
cemal cengiz cesar cesare chad chadwick chaim chandan charl chauncey chaz cheikh chet chetan chidi chijioke
chinua chirag christer christo christoph christophe christos chukwudi chukwuemeka cillian cirilo ciro claes
claudio claudiu clay clayton clemente cletus cliff clifton clovis cole coleman colm colton colum conal conall
conan conrad constantin constantine corentin cornel cornelis cornell corrado cosimo cosmo costas costel
cristiano cristobal csaba cuauhtemoc curt cuthbert cyrille cyrus czeslaw dae-jung daichi dalibor damian damien
damon daniil danilo danny dapo dario darius dariush dariusz darko darrin darryl darshan dashawn davey davor
dawid dawie dean deandre deangelo deion dejan delbert demarcus demetrio demetrios demetrius denny denzel deon
deonte derrick desean detlef detlev devante devendra dewald dewey dewitt dhananjay dharmendra dhruv diederik
dietmar dietrich digby dilip dimitar dimitrios dimitris dinesh dino diogo dmytro domenico dominic dominick
dominik don donal donato donnie donovan doo-hwan dorin doug dougal dov doyle dragoljub duarte dudley dugald
dumitru dusan dusko dwain dwyane eamonn earl easton eberhard ebrahim ebuka edgar edgardo edmond edmundo
edoardo edouard edson eduard edwin eero efraim efrain egbert egil egils egon egor ehsan ehud eiji einar eirik
eitan ekkehard ekow ekrem elad elazar elbert eldon eldridge eleazar elias eliezer elio eliseo eliud eliyahu
elmar elmer eloy elroy elton elvis elwood emanuele emil emile emiliano emilio emin emlyn emmerson emmet emmett
emre enda endre enes engin enlai ennio enoch enzo eoghan ephraim ercan ercole erdem erez ergun erich erkan
erkki erlend erling ernesto ernie ernst erol errol ertugrul erwin eskil esmail espen ettore eugenio eugeniusz
eusebio evangelos evaristo everett evert ewald ezekiel ezequiel ezio fabian fabiano fabien fabrice fabricio
fabrizio facundo fadi fahad fahd faheem fahim farhad farhan faris farooq farouk farshad farzad fathi fatih
faustino fausto fawad fawaz fawzi feargal fedor feliciano ferenc fereydoun fergal ferhat fermin fernand ferris
fiachra fidel fikret finbar finbarr fintan fitzroy flavio florencio florent florin forrest fouad francis
francisco franciszek franco frank-walter franklin frans frantisek franz franz-josef fraser frederic frederick
fredrik friedrich frikkie frits fritz frode fumihito fumio furkan gabe gabor gadi gaetan gaetano gamal ganesh
garfield garry garth gaspar gaspare gaston gautam gauthier gavin gbenga gearoid geert geir gennadi gennaro
georges georgi georgios georgy geraint geraldo gerard gerardo gerd gergely gerhard gerrit gert gervase
getachew gethin geza ghassan gheorghe ghislain ghulam giacomo giampaolo giancarlo gianfranco gianluigi
gianmarco gianni gianpiero gibran gideon gijs gilad gilberto gilles gilmar gino gintaras giorgio giorgos
girish girma girolamo giuliano giulio gleb glyn godfrey godwin gokhan goncalo goodluck gopal gopinath goro
gottfried govind grady graeme grant grayson gregoire gregor gregorio griffin grigori grover gruffudd gruffydd
gudmund gudni guglielmo guido gunnar gunther gus gustaf gustav gustave guus gwede gwilym gyula haakon habib
hadi hafeez hafez haider haile haitham hajime hakan hakim hal halil haluk halvor hamad hamdan hamed hannes
hannu hans-dietrich hans-joachim hans-peter harald hardik harlan haroon haroun harrison hartmut haruki harun
hasan hashem hatem hayato hayder haytham hazem heath heikki heiko hein heinz heitor helder helge hemant
hendrik henk henning henri henrique henryk herbie heribert heriberto hermann hernan hernando herschel hershel
herve heung-min hideki hidetoshi hilario hillel himanshu hipolito hippolyte hiram hiroaki hirofumi hirohito
hiroyuki hisashi hisham hitesh hjalmar hobart holger honore hooman horacio horatio horia hosea hosni hossam
hossein howie hristo hrithik hrvoje hubertus huey hughie hugues humberto humphrey humza husam huseyin hushang
hussain huub huw hywel ibrahima ichiro idris idrissa iestyn ieuan ignacy ignazio ihab ihor ike il-sung ilias
ilie ilkka ilya imad imre indrek ingo ingvar inigo inzamam ioan ioannis iolo iqbal iraj irfan irrfan irvin
irving irwin isaac isaiah isaias isamu ishaan isidro ismael ismail ismet istvan itamar itzhak iulian ivar
ivica ivo ivor iyad jaap jaber jace jacek jacinto jackson jaco jacobus jacopo jae-in jae-myung jae-yong jafar
jagdish jago jahangir jair jairo jakaya jakob jalal jamar jamarcus janos janusz jari jarl jarlath jaromir
jaroslav jaroslaw jarrod jarvis jassim jatin javad javed javon jawad jaxon jaxson jay jayant jean-baptiste
jean-charles jean-christophe jean-francois jean-jacques jean-louis jean-marc jean-michel jean-paul jean-yves
jed jedediah jejomar jelle jeremiah jeremie jeroen jeronimo jerrold jerzy jesper jesus jethro jiabao jide
jindrich jinping jintao jiri jiro jitendra joachim joakim joaquim jochen joep johan johnathan joko jolyon
jonah jong-il jong-un jorgen joris jorma joschka josef josiah jostein josue jouko jovan jozef jozsef judah
judd juha juho jukka juliano junaid junichi junichiro juraj juris jussi jyotiraditya kaan kabir kacper kadir
kailash kaito kalevi kalle kalman kamal kamil kamran kapil kareem karel karl-heinz karoly karsten karthik
kartik kash kaspar kasper katsuya kaushik kaveh kazem kazimierz kazuhiro kazuki kazuya kees keir keisuke keita
kemal kenan kendrick kenenisa kenichi kenjiro kenny kent kentaro kenton keon keqiang kerem kermit keshav
keyshawn keyvan kgalema khaled khalil khosrow khurram ki-moon kian killian kimmo kirill kirk kishore kiyoshi
kjell klaas klas knox knut kobina kobus koen kohei koichi konrad konstantinos koos kostas kosuke kourosh
krasimir kresimir krisjanis kristian kristoffer krystian kun-hee kunal kunio kwadwo kwamena kwasi kweku kwesi
kyriakos kyrylo lachlan ladislav lajos lakshman lamberto lambros lamine lamont lancelot landon lasse laszlo
latrell laurentiu lazaro lazarus lebron leif lemuel lenny leonel leonidas leopoldo leszek lev levent levente
levi liaquat lieven lincoln linus linwood lisandro liviu ljubomir llewellyn llewelyn lloyd llyr lodewijk loic
lorenz lorne lothar louie lowell lubomir lucian luciano lucien lucio ludger ludovic ludwig luigi lukasz lutz
luuk lyle lyndon lysander maarten maciej mack macky maddox madhav magne mahdi mahendra mahesh mahmud majed
maksim malachi malachy malek malick malik mamadou manabu manfred manish manmohan manny manoel manohar manolis
manolo manouchehr mansoor mansour marcelino marcello marcin marcio marcos mariano marius mariusz markku markus
marlon marnix marquez marquis marshall marthinus marwan masahiro masao masaru masashi masayoshi masayuki mason
masoud massimiliano matej mathijs mathis matias matthieu matti mattia matvei matyas maurizio mauro maximiliano
maximo mayank maynard mcebisi mehdi mehran mehrdad meir meirion meles menachem mendel mengistu menno merrick
mervin mervyn mesut metin michalis micheal michel michiel mick mickey mieczyslaw mihir mikey mikkel mikko
miklos mikolaj milind milo milorad milos mindaugas minoru miodrag mircea mirko miroslaw mitsuo mladen mlungisi
mmusi modou mohamad mohamed mohammad mohannad mohit mohsen mohsin mojtaba momcilo montague monte montgomery
monty moo-hyun mordecai mordechai morne morten morteza moses moshe mostafizur moti mounir mourad moussa
mthunzi muammar muhammadu mujib mukesh mukul mulatu mulayam munir muqtada murad murali murat murdo musa
mushfiqur mushtaq mustapha mykhailo mykola myron myung-bak naas nabeel nacho nadav nadeem nader nadhim naeem
naftali naguib naji nandan naoki naoto napoleon narciso narendra naresh naruhito nash nasir nasrallah natan
nauman naveed naveen navin nawaf nawaz nawazuddin nayib nebojsa necmettin ned nehemiah nello nelson nenad
newton neymar nicolae nicolo niek niels nihat niklas nikolaos nikolaus nikolay nikos niles nilesh niraj nisar
nitin nitish nizar nkosinathi nnamdi noboru nobuo nobuyuki nolan noman norris noureddine nouri nuhu nuno
nurettin obadiah obafemi octave octavio oded odhran ofer ognjen oguz oguzhan okechukwu oktay olaf olafur
oleksandr oleksii oleksiy olle olli olof olusegun omer omid omri ondrej onur orazio oren oreste orhan orrin
orson orval orville osama osamu osborne osian oskar osman ostap osvaldo oswaldo otavio otmar ottavio ottmar
otto ousmane ove ovidiu owain ozan ozzie ozzy paavo paco paddy padraic panagiotis pancho pankaj panos parth
parviz pascual pasquale patricio pavlos pavol pawan payam peadar pearse peder pekka pelle pentti pepe pepijn
peregrine pericles perry pervez petar petre petri petro petros peyman philipp phineas pierluigi piero
pierpaolo piet pinchas piyush plamen porfirio pouya povilas prabhakar prabowo prakash pramod pranab pranav
prashant praveen prayut prayuth preben predrag prem preston prithvi przemyslaw ptolemy pyotr qasim qishan
quincy quintin quinton qusay rachid radek radoslav radoslaw radovan radu raed rafal rafe raffaele rafik rafiq
raghav raghu ragnar raila raimo raimonds raimundo rajan rajendra rajnath ralf rami ramin ramiro ramzi ranbir
randal randall randolph ranko ranveer raoul raphael rashad rasheed rassie rastislav ratan ratko ravindra
razvan reda reggie regis rehan reinaldo reiner reinhard reinhold reinier remo renan renato renaud renzo reuven
reynaldo reza rhett rhodri riaan riad riccardo richie rickey ricky rigoberto rik rimantas rinaldo rishabh
rishi risto ritesh rivaldo riyad rizwan roald rocco rod rodger rodolfo rodolphe roel rogelio rogerio rogier
rohit roland rolando rolf rollo romain romano romario romeo romulo ronaldinho ronaldo roosevelt roscoe ross
rostam rostislav rotimi rowland royce ruben rudiger rudolf rufino ruggero ruhollah rumen rupesh russ rusty
rutger rutherford ruud ryder ryker ryota ryszard ryuichi ryunosuke saad sabri saburo sachin saddam sadegh
sadio sadiq sahil saif sajid sajjad salah saleh salman sameer sameh samer sami samson sandile sandor sandro
sanford sani sanjeev santosh saqib sarfraz satish satoru saul sauli saurabh saverio sayed schalk scotty
sebastiano seiji selahattin selcuk selim sello semih semyon sepp seppo septimus serdar serge serhiy serkan
seth severino seydou shahbaz shahid shahram shahrokh shahrukh shahzad shailesh shakib shane shankar shaoqi
shaquille sharad sharif shashank shaul shaun shawn shehbaz shehu shekhar shelton sherif sherman sherrod
sherwood shigeru shimon shinichi shintaro shinzo shlomo shmuel shoaib shohei sholto shota shui-bian shunsuke
shyam siamak sibusiso sid siddharth siegfried sifiso sigmar sigmundur sigurd silvano silvio sinan sindre
siyabonga sizwe sjoerd slawomir slobodan snorre socrates sohail sohrab solomon sonny sorin sotiris souleymane
sourav spiros spyros srdjan sridhar srinivas srinivasan stanford stanislaw stavros steffan steffen steinar
stelios sten stepan stephan stephane sterling stewart stig stijn stjepan stoyan stu suat subhash subramanian
sudhakar sudhir sujit suk-yeol suleiman suleyman sumit sundar suraj sushil susilo susumu svein sverre
svyatoslav sylvain szymon tadashi tadeo tadesse tae-woo taha tahir takahiro takao takuya talal tamas tamer
tamim tamotsu tanner tanvir tapio taras tarkan tarquin tarun tatsuya tawfik tawfiq tayfun tayyip tedros teemu
teng-hui teodor teodoro teofilo terence terje tero terrance teruo tesfaye tetsuya teun tewodros thad thaksin
thanasis theodoros theophile theuns thibaut thilo thorsten thorvald thulani thurman tiago tibor tiernan timmy
timo timofei timoteo timothee tito titus tiziano tjeerd tobey tod todor tolga tomislav tommaso tommy tomohiro
tomos toomas tor torbjorn torquil torsten toru toshiaki toshihiro toshio traian trayvon tremaine tristram
trond troy truman trygve tsutomu tullio tuncay tuomas tuomo turgut turlough tushar tyree tyrell tyrese tyson
tzvi uday udo ugo ugur uhuru ulf ulises ulrich ulrik umar umaru umesh upendra urho uriah urmas uros usama
usman vaclav vadim vahid valdas valdemar valdis valentin valerio valeriu valter valtteri vance vangelis varun
vasco vasili vasilis vasily vassilis vasyl vaughan vaughn veikko veljko veniamin venkat venkatesh vern vesa
viacheslav vidal vidar viggo vikas vilhelm ville vinay vince vincenzo vinny vinod viorel vipin virat virender
vishal vishnu vitali vitaliy vitaly vito vitor vojislav vojtech volkan volker volodymyr vsevolod vusi
vyacheslav vytautas wade wael wale waleed walker wallace wally walther wanderley waqar warren waseem wasim
webster wessel weston wieslaw wilbur wilburn wiley wilfredo wilfrid wilhelm willis wilson wilton wim winfried
winthrop witold wladyslaw wlodzimierz wole wolfram woodie woodrow woody wouter wynand xiaobo xiaoping xilai
xolani yaakov yacine yahya yair yakov yakubu yann yannis yaobang yariv yash yashwant yasin yasir yasser
yassine yasuo yasushi yavuz yazid yegor yehoshua yehuda yevgeni yevhen yiannis yigal yimou ying-jeou yisrael
yitzhak yoav yoel yogesh yohannes yoichi yonatan yongkang yoni yorgos yosef yoshiaki yoshihide yoshihiko
yoshinori yoshio yoshiro yossi yosuke young-sam younis younus yoweri yukio yunus yuriy yusuke yutaka yuvraj
yuzuru yvon zach zachariah zachery zack zafar zahid zaid zakaria zakhar zalman zane zarko zayed zdenek
zdzislaw zeb zebulon zechariah zedong zeev zeki zeljko zemin zhengfei zinedine ziyang zlatko zoltan zsolt
zuhair zulfikar zulfiqar zvi zvonimir zygmunt
""".split())


def gender(word: str) -> str | None:
    """"f" or "m" for a given name of these lists in any case, its accents folded; None otherwise."""
    w = word.lower()
    if w not in FEMALE and w not in MALE and not w.isascii():
        w = fold_accents(w)
    return "f" if w in FEMALE else "m" if w in MALE else None
