/**
 * Sentences per place, copied by hand from the research facts file (shared/reference/flight-8243-facts.md §5),
 * independent of the extractor: the recall test checks each is attached to its place.
 * 000 and 001 carry the same Kremlin quote, but with different quote marks and endings: two entries.
 */
export const EXPECTED_SENTENCES: Record<string, readonly (readonly [sourceId: string, sentence: string])[]> =
  {
    baku: [
      [
        '000',
        "On Christmas, the Embraer 190 aircraft operated by Azerbaijan Airlines, took off from Baku for Grozny in Russia's Chechnya.",
      ],
      [
        '001',
        "The plane was flying on Wednesday from Azerbaijan's capital of Baku to Grozny, the regional capital of the Russian Republic of Chechnya, when it turned toward Kazakhstan and crashed while attempting to land.",
      ],
      [
        '002',
        'The crash of Flight J2-8243 occurred near the city of Aktau in western Kazakhstan after the plane, initially traveling from Baku to Grozny in southern Russia, diverted from its planned route.',
      ],
      [
        '002',
        "The Embraer EMBR3.SA passenger jet had been en route from Azerbaijan's capital, Baku, to Grozny, in Russia's Chechnya region, before veering off course and ultimately crashing across the Caspian Sea.",
      ],
      [
        '003',
        'Notably, the Azerbaijan Airlines Embraer 190 was flying from Baku to Grozny, the regional capital of the Russian Republic of Chechnya, when it turned toward Kazakhstan and crashed while making an attempt to land when it was diverted and crashed while trying to land in Kazakhstan’s Aktau.',
      ],
      [
        '003',
        'Reports suggested that the plane took off from Baku and was headed to Grozny, but was diverted due to unknown reasons.',
      ],
      [
        '004',
        'The Embraer 190 aircraft, carrying 67 people, was en route from Baku to Grozny when it diverted to Aktau, Kazakhstan.',
      ],
    ],
    grozny: [
      [
        '000',
        'The Kremlin said as the aircraft attempted to land in Grozny, Ukrainian drones were attacking Russia and Russian air defence forces repelled the attacks.',
      ],
      [
        '000',
        '“During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev, without saying that Russian air defence hit the plane, according to a report by The Guardian.',
      ],
      [
        '000',
        "On Christmas, the Embraer 190 aircraft operated by Azerbaijan Airlines, took off from Baku for Grozny in Russia's Chechnya.",
      ],
      [
        '000',
        "The aircraft was 'denied landing due to fog' in Grozny and diverted far off the Caspian Sea, where it crashed in the Aktau city of Kazakhstan, killing 38 and 29 surviving the crash.",
      ],
      [
        '001',
        "Russian President Vladimir Putin termed the incident as 'tragic' and said that the Russia’s air defence system was firing against the Ukrainian drone strike near Grozny, where the plane attempted to land",
      ],
      [
        '001',
        "The plane was flying on Wednesday from Azerbaijan's capital of Baku to Grozny, the regional capital of the Russian Republic of Chechnya, when it turned toward Kazakhstan and crashed while attempting to land.",
      ],
      [
        '001',
        'In an official statement, Russia said its air defence systems were firing near Grozny, where the aircraft attempted to land, due to a Ukrainian drone strike.',
      ],
      [
        '001',
        '"During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev.',
      ],
      [
        '001',
        'Survivors recalled the crash and told media that they heard loud noises outside the aircraft as it was circling over Grozny.',
      ],
      [
        '002',
        'The crash of Flight J2-8243 occurred near the city of Aktau in western Kazakhstan after the plane, initially traveling from Baku to Grozny in southern Russia, diverted from its planned route.',
      ],
      [
        '002',
        'The Kremlin further explained that the Azerbaijani passenger plane had repeatedly attempted to land at Grozny Airport but was unable to do so due to ongoing Ukrainian drone attacks targeting Grozny, Mozdok, and Vladikavkaz.',
      ],
      [
        '002',
        "The Embraer EMBR3.SA passenger jet had been en route from Azerbaijan's capital, Baku, to Grozny, in Russia's Chechnya region, before veering off course and ultimately crashing across the Caspian Sea.",
      ],
      [
        '003',
        'The Kremlin said that its air defence systems were firing near Grozny due to a Ukrainian drone strike, but stopped short of saying one of these hit the plane.',
      ],
      [
        '003',
        'Notably, the Azerbaijan Airlines Embraer 190 was flying from Baku to Grozny, the regional capital of the Russian Republic of Chechnya, when it turned toward Kazakhstan and crashed while making an attempt to land when it was diverted and crashed while trying to land in Kazakhstan’s Aktau.',
      ],
      [
        '003',
        'Reports suggested that the plane took off from Baku and was headed to Grozny, but was diverted due to unknown reasons.',
      ],
      [
        '004',
        'The Embraer 190 aircraft, carrying 67 people, was en route from Baku to Grozny when it diverted to Aktau, Kazakhstan.',
      ],
      [
        '004',
        'Putin explained that Ukrainian drones were attacking Grozny, Mozdok, and Vladikavkaz at the time.',
      ],
      [
        '004',
        'Russian air defense systems were actively countering these attacks as the plane attempted to land in Grozny.',
      ],
      ['004', 'Azerbaijani prosecutors are participating in the probe in Grozny.'],
    ],
    mozdok: [
      [
        '000',
        '“During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev, without saying that Russian air defence hit the plane, according to a report by The Guardian.',
      ],
      [
        '001',
        '"During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev.',
      ],
      [
        '002',
        'The Kremlin further explained that the Azerbaijani passenger plane had repeatedly attempted to land at Grozny Airport but was unable to do so due to ongoing Ukrainian drone attacks targeting Grozny, Mozdok, and Vladikavkaz.',
      ],
      [
        '004',
        'Putin explained that Ukrainian drones were attacking Grozny, Mozdok, and Vladikavkaz at the time.',
      ],
    ],
    vladikavkaz: [
      [
        '000',
        '“During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev, without saying that Russian air defence hit the plane, according to a report by The Guardian.',
      ],
      [
        '001',
        '"During this time, Grozny, (the town of) Mozdok and Vladikavkaz were being attacked by Ukrainian combat drones and Russian air defence was repelling these attacks,” the Kremlin said Putin told Aliyev.',
      ],
      [
        '002',
        'The Kremlin further explained that the Azerbaijani passenger plane had repeatedly attempted to land at Grozny Airport but was unable to do so due to ongoing Ukrainian drone attacks targeting Grozny, Mozdok, and Vladikavkaz.',
      ],
      [
        '004',
        'Putin explained that Ukrainian drones were attacking Grozny, Mozdok, and Vladikavkaz at the time.',
      ],
    ],
    'caspian-crossing': [
      [
        '000',
        "The aircraft was 'denied landing due to fog' in Grozny and diverted far off the Caspian Sea, where it crashed in the Aktau city of Kazakhstan, killing 38 and 29 surviving the crash.",
      ],
      [
        '000',
        'A day later, reporters emerged that a Russian surface-to-air missile may have caused the deadly crash, forcing the aircraft to limp off the Caspian Sea and then crashing in an open field.',
      ],
      [
        '002',
        "The Embraer EMBR3.SA passenger jet had been en route from Azerbaijan's capital, Baku, to Grozny, in Russia's Chechnya region, before veering off course and ultimately crashing across the Caspian Sea.",
      ],
      ['003', 'It crashed near the coast of Kazakhstan’s Aktau, after flying east across the Caspian Sea.'],
    ],
    aktau: [
      [
        '000',
        "The aircraft was 'denied landing due to fog' in Grozny and diverted far off the Caspian Sea, where it crashed in the Aktau city of Kazakhstan, killing 38 and 29 surviving the crash.",
      ],
      [
        '001',
        '(L) Russian President Vladimir Putin, (R) A drone view shows emergency specialists working at the crash site of an Azerbaijan Airlines passenger plane near the city of Aktau, Kazakhstan | AP, Reuters',
      ],
      [
        '002',
        'The crash of Flight J2-8243 occurred near the city of Aktau in western Kazakhstan after the plane, initially traveling from Baku to Grozny in southern Russia, diverted from its planned route.',
      ],
      [
        '002',
        'According to Azerbaijan\'s presidential office, the plane was subjected to "external physical and technical interference" in Russian airspace, leading to a loss of control and its redirection to Aktau in Kazakhstan.',
      ],
      [
        '003',
        'Notably, the Azerbaijan Airlines Embraer 190 was flying from Baku to Grozny, the regional capital of the Russian Republic of Chechnya, when it turned toward Kazakhstan and crashed while making an attempt to land when it was diverted and crashed while trying to land in Kazakhstan’s Aktau.',
      ],
      ['003', 'It crashed near the coast of Kazakhstan’s Aktau, after flying east across the Caspian Sea.'],
      [
        '004',
        'The Embraer 190 aircraft, carrying 67 people, was en route from Baku to Grozny when it diverted to Aktau, Kazakhstan.',
      ],
    ],
  };
