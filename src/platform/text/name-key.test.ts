import assert from 'node:assert/strict';
import { it } from 'node:test';
import { nameKey } from './name-key.ts';

const keys = (words: readonly string[]) => new Set(words.map(nameKey));

it('gives the spellings of the issue one key in either script', () => {
  for (const group of [
    ['Sarybay', 'Sarybai', 'Сарыбай'],
    ['Kairat', 'Кайрат', 'Qairat'],
    ['Azer', 'Азер'],
    ['Ismatullo', 'Исматулло', 'Ismatulo'],
    ['Nasredin', 'Насредин', 'Nasreddin'],
    ['Nysanbayev', 'Nysanbaev', 'Нысанбаев'],
    ['Musayev', 'Musaev', 'Мусаев'],
    ['Bakayev', 'Bakaev', 'Бакаев'],
    ['Nazarbayev', 'Nazarbaev', 'Назарбаев'],
    ['Mirzoev', 'Mirzoyev', 'Мирзоев'],
    ['Habibullo', 'Хабибулло', 'Khabibullo'],
    ['Çınar', 'Cinar', 'Chinar', 'Чынар'],
    ['Yerlan', 'Ерлан'],
    ['Jandos', 'Жандос', 'Zhandos', 'Dzhandos'],
    ['Tumysh', 'Тумыш'],
    ['Tsoi', 'Цой'],
    ['Aleksandr', 'Alexandr', 'Александр'],
    ['Xəlilov', 'Khalilov', 'Халилов'],
  ]) {
    const found = keys(group);
    assert.equal(found.size, 1, `${group.join(' / ')} → ${[...found].join(', ')}`);
  }
});

it('keeps different names apart, and leaves "Azar" one letter from "Azer" for the typo search', () => {
  assert.notEqual(nameKey('Sarybay'), nameKey('Saryarka'));
  assert.notEqual(nameKey('Sarybay'), nameKey('Bakayev'));
  const [azer, azar] = [nameKey('Азер'), nameKey('Azar')];
  assert.notEqual(azer, azar);
  assert.equal([...azer].filter((c, i) => c !== azar[i]).length, 1);
});

it('has no key for a word without letters', () => {
  assert.equal(nameKey('2024'), '');
  assert.equal(nameKey('—'), '');
});

it('keys a beginning as the beginning of the key, so a half-typed name still finds it', () => {
  assert.ok(nameKey('Sarybay').startsWith(nameKey('Сарыб')));
  assert.ok(nameKey('Сарыбай').startsWith(nameKey('Saryb')));
  assert.ok(nameKey('Нысанбаев').startsWith(nameKey('Nysan')));
});
