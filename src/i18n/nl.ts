/**
 * Every UI string of the site, in Dutch, in one place, so that an English
 * edition can follow by adding a second file of the same shape.
 */
import type { CollectionName, Fase, Rol, Urgentie } from '../lib/model.ts';

export const nl = {
  site: {
    naam: 'Barrièremodel',
    ondertitel: 'Signalen van uitbuiting van kinderen in gesloten familienetwerken: wat je ziet, wat je doet, wie aan zet is',
    skiplink: 'Naar de inhoud',
    hoofdmenu: 'Hoofdmenu',
    kruimelpad: 'Kruimelpad',
    opDezePagina: 'Op deze pagina',
    home: 'Home',
    disclaimer:
      'Dit is een hulpmiddel, geen juridisch advies en geen meldpunt. Is een kind in acuut gevaar? Bel 112.',
  },
  zoeken: {
    label: 'Zoek in het barrièremodel',
    knop: 'Zoeken',
    placeholder: 'Bijv. uitschrijving',
    titel: 'Zoeken',
    intro: 'Typ een of twee woorden, bijvoorbeeld een signaal, een afkorting of een organisatie.',
    zonderJs:
      'Zoeken werkt met JavaScript. Staat JavaScript uit? Gebruik dan de overzichten: signalen, interventies, organisaties en het barrièremodel.',
  },
  collecties: {
    signalen: { enkel: 'Signaal', meervoud: 'Signalen', intro: 'Wat je kunt zien, waar het op kan wijzen en wat je nu doet.' },
    interventies: { enkel: 'Interventie', meervoud: 'Interventies', intro: 'Wat je kunt inzetten, in welke fase en door wie.' },
    organisaties: { enkel: 'Organisatie', meervoud: 'Organisaties', intro: 'Wie wat doet in het barrièremodel, en wat zij mag delen.' },
    themas: { enkel: 'Thema', meervoud: "Thema's", intro: 'De signalen en interventies per onderwerp.' },
    kaders: { enkel: 'Kader', meervoud: 'Wetten en kaders', intro: 'Wetten, regelingen en afspraken waarop interventies steunen.' },
    bronnen: { enkel: 'Bron', meervoud: 'Bronnen', intro: 'Waar de feiten vandaan komen.' },
    casussen: { enkel: 'Casus', meervoud: 'Casussen', intro: 'Oefencasussen voor trainingen, naar situaties uit de bronnen.' },
    begrippen: { enkel: 'Begrip', meervoud: 'Begrippen', intro: 'Afkortingen en termen uitgelegd.' },
  } satisfies Record<CollectionName, { enkel: string; meervoud: string; intro: string }>,
  fasen: {
    voorkomen: { label: 'Voorkomen', uitleg: 'Zorgen dat het niet gebeurt.' },
    signaleren: { label: 'Signaleren', uitleg: 'Zien wat er speelt en het doorgeven.' },
    bemoeilijken: { label: 'Bemoeilijken', uitleg: 'Barrières opwerpen: het moeilijker maken.' },
    sanctioneren: { label: 'Sanctioneren', uitleg: 'Handhaven en straffen waar dat kan.' },
    'perspectief-bieden': { label: 'Perspectief bieden', uitleg: 'Hulp en een uitweg bieden.' },
  } satisfies Record<Fase, { label: string; uitleg: string }>,
  urgenties: {
    acuut: { label: 'Acuut', uitleg: 'Handel vandaag. Bij direct gevaar: bel 112.' },
    hoog: { label: 'Hoog', uitleg: 'Handel binnen enkele dagen.' },
    normaal: { label: 'Normaal', uitleg: 'Handel binnen de gewone termijnen.' },
  } satisfies Record<Urgentie, { label: string; uitleg: string }>,
  rollen: {
    school: { label: 'School', wie: 'Je werkt op een school of in de kinderopvang' },
    leerplicht: { label: 'Leerplicht', wie: 'Je bent leerplichtambtenaar' },
    brp: { label: 'BRP-afdeling', wie: 'Je werkt bij burgerzaken (BRP, burgerlijke stand)' },
    politie: { label: 'Politie', wie: 'Je bent wijkagent of rechercheur' },
    jeugdbescherming: { label: 'Jeugdbescherming', wie: 'Je werkt bij de Raad, een gecertificeerde instelling of Veilig Thuis' },
    zorg: { label: 'Zorg en welzijn', wie: 'Je werkt in het wijkteam, de jeugdgezondheidszorg of het maatschappelijk werk' },
  } satisfies Record<Rol, { label: string; wie: string }>,
  signaal: {
    urgentie: 'Urgentie',
    themas: "Thema's",
    waarnemers: 'Wie ziet dit vaak',
    wijstOp: 'Kan wijzen op',
    wieIsAanZet: 'Wie is aan zet?',
    eersteStap: 'Eerste stap',
    alleStappen: 'Alle stappen',
    wieIsAanZetIntro: 'De interventies per fase van het barrièremodel, met wie verantwoordelijk is.',
    geenStappen: 'Geen interventie in deze fase.',
    verantwoordelijk: 'Verantwoordelijk',
    casussen: 'Oefen met deze casussen',
  },
  interventie: {
    fasen: 'Fasen',
    uitvoerders: 'Wie voert het uit',
    kaders: 'Wettelijke basis en kaders',
    bijSignalen: 'Bij welke signalen',
    casussen: 'Casussen',
  },
  organisatie: {
    voorheen: 'Voorheen',
    rolInModel: 'Rol in het barrièremodel',
    rolIntro: 'Bij deze signalen is deze organisatie aan zet, per fase.',
    interventies: 'Interventies die zij uitvoert',
    contact: 'Contact',
    geenContact: 'Landelijke contactgegevens staan nog niet in het model. Een gemeente kan lokale gegevens toevoegen.',
    telefoon: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
    adres: 'Adres',
    bereikbaarheid: 'Bereikbaar',
  },
  lokaal: {
    inOnzeGemeente: 'In onze gemeente',
    contactHier: (organisatie: string) => `Contact bij ${organisatie}`,
    afdeling: 'Afdeling',
    openingstijden: 'Bereikbaar',
  },
  statements: {
    toegankelijkheid: 'Toegankelijkheid',
    privacy: 'Privacy',
    colofon: 'Colofon',
  },
  thema: { signalen: 'Signalen', interventies: 'Interventies', casussen: 'Casussen' },
  kader: { interventies: 'Interventies die hierop steunen', bekijk: 'Bekijk de tekst' },
  bron: {
    uitgever: 'Uitgever',
    jaar: 'Jaar',
    bestand: 'Brondocument',
    geciteerdDoor: 'Gebruikt in',
    online: 'Online',
  },
  casus: { signalen: 'Signalen in deze casus', interventies: 'Interventies in deze casus' },
  begrip: { aliassen: 'Ook genoemd', zieOok: 'Zie ook' },
  meta: {
    bronnen: 'Bronnen',
    laatstBeoordeeld: 'Laatst beoordeeld',
    zoektermen: 'Ook gezocht als',
  },
  home: {
    titel: 'Wat doe je bij een signaal van uitbuiting?',
    perThema: 'Kies een thema',
    wieBenJe: 'Wie ben je?',
    alleSignalen: 'Alle signalen',
    model: 'Het barrièremodel in één overzicht',
  },
  rol: {
    titel: (label: string) => `Voor ${label.toLowerCase()}`,
    signalen: 'Signalen die je kunt zien',
    aanZet: 'Waar jouw organisatie aan zet is',
    geen: 'Nog geen signalen voor deze rol.',
  },
  model: {
    titel: 'Het barrièremodel',
    intro:
      'Per signaal de interventies in elke fase, met de verantwoordelijke organisatie. Lees een rij van links naar rechts: van voorkomen tot perspectief bieden.',
    signaal: 'Signaal',
  },
  datum: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
} as const;
