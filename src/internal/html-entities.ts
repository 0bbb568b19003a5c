/**
 * Every named character reference of HTML 4 (252 of them: Latin-1, symbols and Greek, special
 * characters), for the entities `html-to-text.ts` does not know by itself.
 *
 * Loaded with `import()` the first time a payload uses one: a school's CMS writes the few
 * common ones (`&rsquo;`, `&laquo;`, accented letters), and the rest would cost every page
 * ~1.5 KB gzip for an `&alefsym;` it never meets. Written as one string of name and character
 * pairs (no entity value is an ASCII letter or digit, so each name ends where its character
 * starts): smaller than an object literal of the same table.
 */
const PAIRS =
  'AEligÆAacuteÁAcircÂAgraveÀAlphaΑAringÅAtildeÃAumlÄBetaΒCcedilÇChiΧDagger‡DeltaΔETHÐEacuteÉEcircÊ' +
  'EgraveÈEpsilonΕEtaΗEumlËGammaΓIacuteÍIcircÎIgraveÌIotaΙIumlÏKappaΚLambdaΛMuΜNtildeÑNuΝOEligŒ' +
  'OacuteÓOcircÔOgraveÒOmegaΩOmicronΟOslashØOtildeÕOumlÖPhiΦPiΠPrime″PsiΨRhoΡScaronŠSigmaΣTHORNÞ' +
  'TauΤThetaΘUacuteÚUcircÛUgraveÙUpsilonΥUumlÜXiΞYacuteÝYumlŸZetaΖaacuteáacircâacute´aeligæagraveà' +
  'alefsymℵalphaαamp&and∧ang∠aringåasymp≈atildeãaumläbdquo„betaβbrvbar¦bull•cap∩ccedilçcedil¸cent¢' +
  'chiχcircˆclubs♣cong≅copy©crarr↵cup∪curren¤dArr⇓dagger†darr↓deg°deltaδdiams♦divide÷eacuteéecircê' +
  'egraveèempty∅emsp\u2003ensp\u2002epsilonεequiv≡etaηethðeumlëeuro€exist∃fnofƒforall∀frac12½' +
  'frac14¼frac34¾frasl⁄gammaγge≥gt>hArr⇔harr↔hearts♥hellip…iacuteíicircîiexcl¡igraveìimageℑinfin∞' +
  'int∫iotaιiquest¿isin∈iumlïkappaκlArr⇐lambdaλlang〈laquo«larr←lceil⌈ldquo“le≤lfloor⌊lowast∗loz◊' +
  'lrm\u200elsaquo‹lsquo‘lt<macr¯mdash—microµmiddot·minus−muμnabla∇nbsp\u00a0ndash–ne≠ni∋not¬notin∉' +
  'nsub⊄ntildeñnuνoacuteóocircôoeligœograveòoline‾omegaωomicronοoplus⊕or∨ordfªordmºoslashøotildeõ' +
  'otimes⊗oumlöpara¶part∂permil‰perp⊥phiφpiπpivϖplusmn±pound£prime′prod∏prop∝psiψquot"rArr⇒radic√' +
  'rang〉raquo»rarr→rceil⌉rdquo”realℜreg®rfloor⌋rhoρrlm\u200frsaquo›rsquo’sbquo‚scaronšsdot⋅sect§' +
  'shy\u00adsigmaσsigmafςsim∼spades♠sub⊂sube⊆sum∑sup⊃sup1¹sup2²sup3³supe⊇szligßtauτthere4∴thetaθ' +
  'thetasymϑthinsp\u2009thornþtilde˜times×trade™uArr⇑uacuteúuarr↑ucircûugraveùuml¨upsihϒupsilonυ' +
  'uumlüweierp℘xiξyacuteýyen¥yumlÿzetaζzwj\u200dzwnj\u200c';

/** Entity name (case matters: `&Eacute;` is not `&eacute;`) → its character. */
export const htmlEntities: ReadonlyMap<string, string> = new Map(
  Array.from(PAIRS.matchAll(/([A-Za-z\d]+)(.)/gsu), ([, name, character]) => [name!, character!]),
);
