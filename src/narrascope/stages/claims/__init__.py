"""Stage ``claims``: structured claims (relocation, support, accusation). Writes ``doc.claims`` only.

Works the same way in every language, from data:
trigger phrases and slot markers in ``lexicon/frames/<lang>.yaml``, what may fill a slot in
``lexicon/frame_inventory.yaml``, entities from the ``mentions`` layer, places from the gazetteer.

For each sentence holding a trigger ("airlifted", "переброска", "verlegt"):

* **moved**: the movable entities nearest the trigger (armed groups, fighters, weapons), merged
  when adjacent ("ISIS militants"), with the number written just before them ("up to 500");
* **origin / destination**: places right after an origin or destination marker ("from Raqqa",
  "в Афганистан", "nach Syrien"); several destinations in a row make a chain, one claim a leg;
  a sentence without places borrows them from the next sentence when that one has no trigger and
  stands in its paragraph (or the sentence is the headline);
  "from there" and a sequel word ("later", "затем") start where the last move ended; a place that
  only says where another lies ("al-Hol, in the province of Hasakah"), where the source sits ("a
  source in Damascus", "Selon l'ONG, basée au Royaume-Uni, ...") or where the copy was filed (a
  dateline) is neither end;
* **agent**: after a passive marker ("by US forces"), else the nearest actor before the trigger
  that is neither a slot's place nor the source; with no actor, a government body or the vehicles
  right before the verb ("die Bundesregierung", "Unmarked helicopters"), with no canonical name;
* **means**, **source** (an attribution cue and the named or generic source next to it, in the
  sentence or the one before, else in the next sentence when that one tells no move),
  **modality** (questioned, denied, hypothetical, reported: a source or hearsay wording, asserted)
  and **time** (a year in the sentence, else the publication month).

Modules: ``stage`` (the stage, per sentence), ``slots`` (filling each slot), ``places`` (the places
a sentence names), ``modality``. Who a claim is attributed to comes from :mod:`..sources`.
"""

from .stage import ClaimStage

__all__ = ["ClaimStage"]
