// The checks the API makes on a nomination, made again in the browser as the clerk types, with the
// API's own words (NominationMessages): a clerk learns of a wrong check character before submitting.
// The API stays the judge; these only say sooner what it would say.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
  '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A problem: a message key with its parameters, or null. */
const problem = (key, params = {}) => ({ key, params });

export function idCheckCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

function realDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** As IdentityNumber.parse: {problem} or {birthDate: 'YYYY-MM-DD', sex, foreign}. */
export function parseIdNumber(text, today) {
  if (!text) return { problem: problem('check.idRequired') };
  if (/\s/.test(text)) return { problem: problem('check.idWhitespace') };
  if (/[０-９Ｘｘ]/.test(text)) return { problem: problem('check.idFullWidth') };
  if (text.length !== 18) return { problem: problem('check.idLength', { n: text.length }) };
  for (let i = 0; i < 17; i += 1) {
    if (text[i] < '0' || text[i] > '9') return { problem: problem('check.idFormat', { n: i + 1 }) };
  }
  const last = text[17];
  if (last === 'x') return { problem: problem('check.idLowerX') };
  if (!(last >= '0' && last <= '9') && last !== 'X') return { problem: problem('check.idLast') };
  if (idCheckCharacter(text.slice(0, 17)) !== last) return { problem: problem('check.idCheck') };
  const foreign = text[0] === '9';
  if (!foreign && !PROVINCES.has(text.slice(0, 2))) return { problem: problem('check.idAddress') };
  const year = Number(text.slice(6, 10));
  const month = Number(text.slice(10, 12));
  const day = Number(text.slice(12, 14));
  if (!realDate(year, month, day)) return { problem: problem('check.idBirth') };
  const birthDate = `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`;
  if (year < 1900 || birthDate > today) return { problem: problem('check.idBirthImplausible') };
  return { birthDate, sex: Number(text[16]) % 2 === 1 ? 'M' : 'F', foreign };
}

/** As CreditCode.problem (GB 32100). */
export function creditCodeProblem(text) {
  if (!text) return problem('check.creditRequired');
  if (/\s/.test(text)) return problem('check.creditWhitespace');
  if (text.length !== 18) return problem('check.creditLength');
  for (let i = 0; i < 18; i += 1) {
    if (!CREDIT_ALPHABET.includes(text[i])) return problem('check.creditAlphabet', { n: i + 1, c: text[i] });
  }
  if (!/^[0-9]{6}$/.test(text.slice(2, 8))) return problem('check.creditRegion');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_ALPHABET.indexOf(text[i]) * CREDIT_WEIGHTS[i];
  if (CREDIT_ALPHABET[(31 - (sum % 31)) % 31] !== text[17]) return problem('check.creditCheck');
  return null;
}

/** As MobileNumber.normalise: 11 digits 1[3-9], +86 or 0086 allowed. */
export function mobileProblem(text) {
  const number = text.startsWith('+86') ? text.slice(3) : text.startsWith('0086') ? text.slice(4) : text;
  return /^1[3-9][0-9]{9}$/.test(number) ? null : problem('check.mobile');
}

export function personNameProblem(text, pointer) {
  return text && '=+-@'.includes(text[0]) ? problem('check.nameStart', { pointer, c: text[0] }) : null;
}

/** Whole years from one YYYY-MM-DD to another (java.time.Period's years). */
export function yearsBetween(from, to) {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** The date of an instant in a time zone, YYYY-MM-DD. */
export function dateIn(instant, timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/**
 * Every problem of the form's values (as NominationForm.validate), by field name; blank fields are
 * only reported when `complete` (at submission), so a half-typed form is not covered in red.
 */
export function check(values, campaign, today) {
  const problems = {};
  const add = (field, found) => { if (found && !problems[field]) problems[field] = found; };
  const id = values.idNumber ? parseIdNumber(values.idNumber, today) : null;
  if (id?.problem) add('idNumber', id.problem);
  if (values.birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate)) add('birthDate', problem('check.birthDateFormat'));
  if (id && !id.problem && values.birthDate && id.birthDate !== values.birthDate) {
    add('birthDate', problem('check.birthDateMismatch', { date: id.birthDate }));
  }
  if (id && !id.problem && values.sex && id.sex !== values.sex) add('sex', problem('check.sexMismatch'));
  add('name', personNameProblem(values.name, '/nominee/name'));
  add('contactName', personNameProblem(values.contactName, '/enterprise/contactName'));
  if (values.mobile) add('mobile', mobileProblem(values.mobile));
  if (values.contactMobile) add('contactMobile', mobileProblem(values.contactMobile));
  if (values.creditCode) add('creditCode', creditCodeProblem(values.creditCode));
  const category = campaign.categories.find((c) => c.code === values.category);
  const years = values.yearsInTrade === '' ? null : Number(values.yearsInTrade);
  if (category) {
    const rules = category.eligibility || {};
    if (id && !id.problem) {
      const reference = dateIn(campaign.nominationWindow.opensAt, campaign.timeZone);
      const age = yearsBetween(id.birthDate, reference);
      if (age < rules.minAge || age > rules.maxAge) {
        add('birthDate', problem('check.ageEligibility', { category: category.code, date: reference, min: rules.minAge, max: rules.maxAge, age }));
      }
      if (years !== null && years > age - 14) add('yearsInTrade', problem('check.yearsImplausible', { years, age, max: Math.max(0, age - 14) }));
      if (rules.foreignPermanentResident && !id.foreign) add('idNumber', problem('check.foreignRequired', { category: category.code }));
      if (!rules.foreignPermanentResident && id.foreign) add('idNumber', problem('check.residentRequired', { category: category.code }));
    }
    if (years !== null && years < rules.minYearsInTrade) {
      add('yearsInTrade', problem('check.yearsEligibility', { category: category.code, min: rules.minYearsInTrade }));
    }
  }
  return problems;
}
