// Hungarian words of agents' notes and tickets: a channel field "Microsoft (közvetlen)", a seller
// said to be a shop and no partner, "más CSP", a contract signed directly with Microsoft, the bill
// we are to issue from now on, "mi náluk vagyunk viszonteladó", "ez hibás volt" taking back what
// the record said, and doubts said as "nem derült ki, hogy …" and "… volt-e vagy …, azt nem tudom".
import { checkKind } from './kindCheck';

describe('Hungarian: channel, goal and role words of notes and tickets', () => {
  checkKind([
    ['hu-HU', 'Csatorna: Microsoft (közvetlen)\nTermék: Dynamics 365 Sales', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'Egy elektronikai kereskedőtől, nem partnertől vették az Office 365 E1-et.', { channel: 'thirdParty', service: 'license' }, []],
    ['hu-HU', 'Más CSP-nél van most a Microsoft 365-jük, át akarják hozni hozzánk.', { channel: 'otherCsp', service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Az Exchange Online-t a Microsofttal közvetlenül kötött szerződésen veszik.', { channel: 'microsoft', service: 'license' }, []],
    ['hu-HU', 'A Project-számlát a jövőben mi állítsuk ki nekik, Project Plan 3.', { service: 'license', goal: 'move' }, []],
    ['hu-HU', 'Mi náluk vagyunk viszonteladó, az ügyfél Office 365-öt vett.', { service: 'license', partnerType: 'indirectReseller' }, []],
    ['hu-HU', 'Az ERP szerint Open Value-n vették — ez hibás volt, EA-n keresztül vették. Office 365 E3.', { channel: 'ea', service: 'license' }, []],
    ['hu-HU', 'Nem derült ki, hogy a számlázást is át akarják-e adni, vagy csak az üzemeltetést. Office 365.', { service: 'license' }, ['goal']],
    ['hu-HU', 'Cél: támogatás\nTermék: Microsoft 365 E3\nA vevő a levelében a számla átvételéről beszél, nem támogatásról.', { service: 'license' }, ['goal']],
  ]);
});
