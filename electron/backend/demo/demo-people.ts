import type { InfluencerType } from '../../../graph-schema/index.ts';
import type { DemoPerson } from './demo-ecosystem.ts';

const person = (
  id: string,
  kind: DemoPerson['kind'],
  name: string,
  title: string,
  at: { org?: string; domain?: string; influencerType?: InfluencerType },
): DemoPerson => ({ id, kind, name, title, ...at });

/** The people outside our company who are not in a key account's buying centre. */
export const OTHER_PEOPLE: readonly DemoPerson[] = [
  // distributors' sales people
  person('con-thn-dirk-juergensen', 'Contact', 'Dirk Jürgensen', 'Vertriebsleiter', {
    org: 'dist-technikhandel-nord',
  }),
  person('con-thn-maren-lueders', 'Contact', 'Maren Lüders', 'Außendienst', {
    org: 'dist-technikhandel-nord',
  }),
  person('con-sib-georg-maier', 'Contact', 'Georg Maier', 'Inhaber', {
    org: 'dist-sued-industriebedarf',
  }),
  person('con-sib-verena-strauss', 'Contact', 'Verena Strauß', 'Außendienst Baden-Württemberg', {
    org: 'dist-sued-industriebedarf',
  }),
  person('con-nmt-jens-moelgaard', 'Contact', 'Jens Mølgaard', 'Sales Manager', {
    org: 'dist-nordic-machinery',
  }),
  person('con-nmt-freja-noergaard', 'Contact', 'Freja Nørgaard', 'Key Account Manager', {
    org: 'dist-nordic-machinery',
  }),
  person('con-ege-hakan-celik', 'Contact', 'Hakan Çelik', 'Satış Müdürü', {
    org: 'dist-ege-endustri',
  }),
  person('con-ege-derya-korkmaz', 'Contact', 'Derya Korkmaz', 'Satış Temsilcisi', {
    org: 'dist-ege-endustri',
  }),
  // the long tail of customers
  person('con-fischer-rainer-fischer', 'Contact', 'Rainer Fischer', 'Geschäftsführer', {
    org: 'cust-fischer',
  }),
  person('con-fischer-tanja-weil', 'Contact', 'Tanja Weil', 'Einkauf', { org: 'cust-fischer' }),
  person('con-fischer-guenther-bloess', 'Contact', 'Günther Blöß', 'Meister Endmontage', {
    org: 'cust-fischer',
  }),
  person('con-kessler-jan-kessler', 'Contact', 'Jan Keßler', 'Geschäftsführer', {
    org: 'cust-kessler',
  }),
  person('con-kessler-imke-harms', 'Contact', 'Imke Harms', 'Leiterin Einkauf', {
    org: 'cust-kessler',
  }),
  person('con-kessler-hauke-thomsen', 'Contact', 'Hauke Thomsen', 'Fertigungsleiter', {
    org: 'cust-kessler',
  }),
  person('con-wolff-bernd-wolff', 'Contact', 'Bernd Wolff', 'Inhaber', { org: 'cust-wolff' }),
  person('con-wolff-sandra-grosse', 'Contact', 'Sandra Große', 'Arbeitsvorbereitung', {
    org: 'cust-wolff',
  }),
  person('con-dueben-mike-richter', 'Contact', 'Mike Richter', 'Betriebsleiter', {
    org: 'cust-dueben',
  }),
  person('con-dueben-anja-voigt', 'Contact', 'Anja Voigt', 'Einkauf', { org: 'cust-dueben' }),
  person('con-odense-mikkel-skov', 'Contact', 'Mikkel Skov', 'Driftschef', { org: 'cust-odense' }),
  person('con-odense-line-kristensen', 'Contact', 'Line Kristensen', 'Indkøber', {
    org: 'cust-odense',
  }),
  person('con-izmir-serkan-arslan', 'Contact', 'Serkan Arslan', 'Fabrika Müdürü', {
    org: 'cust-izmir',
  }),
  person('con-izmir-emine-sahin', 'Contact', 'Emine Şahin', 'Satın Alma Uzmanı', {
    org: 'cust-izmir',
  }),
  person('con-graz-johann-pichler', 'Contact', 'Johann Pichler', 'Technischer Leiter', {
    org: 'cust-graz',
  }),
  person('con-graz-theresa-lechner', 'Contact', 'Theresa Lechner', 'Einkauf', { org: 'cust-graz' }),
  // planners, consultants, a broker, the association, an analyst, a professor
  person(
    'inf-heike-lindner',
    'Influencer',
    'Dipl.-Ing. Heike Lindner',
    'Inhaberin, Planerin Fertigungsanlagen',
    { org: 'partner-lindner', influencerType: 'planner' },
  ),
  person('inf-markus-engel', 'Influencer', 'Markus Engel', 'Fachplaner Fördertechnik', {
    org: 'partner-lindner',
    influencerType: 'planner',
  }),
  person('inf-tobias-roth', 'Influencer', 'Tobias Roth', 'Geschäftsführer, Fabrikplaner', {
    org: 'partner-roth',
    influencerType: 'planner',
  }),
  person('inf-clemens-brandt', 'Influencer', 'Dr. Clemens Brandt', 'Managing Partner', {
    org: 'partner-brandt',
    influencerType: 'consultant',
  }),
  person('inf-sabine-keller', 'Influencer', 'Sabine Keller', 'Senior Consultant Operations', {
    org: 'partner-brandt',
    influencerType: 'consultant',
  }),
  person('inf-frank-ostermann', 'Influencer', 'Frank Ostermann', 'Lean-Berater (freiberuflich)', {
    domain: 'ostermann-lean.de',
    influencerType: 'consultant',
  }),
  person('inf-anja-grossmann', 'Influencer', 'Anja Großmann', 'Energieberaterin (freiberuflich)', {
    domain: 'grossmann-energie.de',
    influencerType: 'consultant',
  }),
  person('inf-pieter-jansen', 'Influencer', 'Pieter Jansen', 'Makler für Werkzeugmaschinen', {
    org: 'partner-jansen',
    influencerType: 'broker',
  }),
  person('inf-ulrike-sommer', 'Influencer', 'Dr. Ulrike Sommer', 'Hauptgeschäftsführerin', {
    org: 'partner-fachverband',
    influencerType: 'association',
  }),
  person('inf-klaus-dietrich', 'Influencer', 'Klaus Dietrich', 'Referent Technik und Normung', {
    org: 'partner-fachverband',
    influencerType: 'association',
  }),
  person('inf-lena-hofer', 'Influencer', 'Dr. Lena Hofer', 'Branchenanalystin Maschinenbau', {
    domain: 'hofer-research.de',
    influencerType: 'analyst',
  }),
  person(
    'inf-henrik-voss',
    'Influencer',
    'Dr. Henrik Voß',
    'Sachverständiger für Werkzeugmaschinen',
    { domain: 'sv-voss.de', influencerType: 'other' },
  ),
  person('inf-rainer-vogel', 'Influencer', 'Prof. Dr. Rainer Vogel', 'Institutsleiter', {
    org: 'partner-ift',
    influencerType: 'other',
  }),
  // trade press
  person('jour-bernd-kuehn', 'Journalist', 'Dr. Bernd Kühn', 'Chefredakteur', {
    org: 'media-antrieb',
  }),
  person('jour-julia-brueckner', 'Journalist', 'Julia Brückner', 'Redakteurin Automation', {
    org: 'media-antrieb',
  }),
  person('jour-katrin-vossberg', 'Journalist', 'Katrin Voßberg', 'Redakteurin Wirtschaft', {
    org: 'media-antrieb',
  }),
  person('jour-oliver-hass', 'Journalist', 'Oliver Haß', 'Redakteur', { org: 'media-produktion' }),
  person('jour-patrick-roloff', 'Journalist', 'Patrick Roloff', 'Freier Fachjournalist', {
    org: 'media-produktion',
  }),
  person('jour-ingrid-soerensen', 'Journalist', 'Ingrid Sørensen', 'Editor', { org: 'media-nir' }),
];
