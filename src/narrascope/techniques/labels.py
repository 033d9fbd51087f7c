"""Technique ids and what each one means.

The ids are the SemEval-2023 Task 3 (subtask 3) label names, so that figures compare with the
task's published results. ``ANALYST_CUES`` are three more things analysts look for that the task
does not label on their own; they are found by rules, not by the trained model.
"""

from __future__ import annotations

# Short definitions in our own words; docs/techniques.md gives an example of each.
DEFINITIONS: dict[str, str] = {
    "Loaded_Language": "Words chosen for their emotional charge rather than their meaning.",
    "Name_Calling-Labeling": "Attaching a label (insulting, or admiring) to a person or group instead of an argument.",
    "Repetition": "The same word, phrase or formula said again and again so that it sticks.",
    "Doubt": "Questioning the credibility of someone or something without evidence.",
    "Exaggeration-Minimisation": "Making something bigger, worse or smaller than the facts allow.",
    "Appeal_to_Fear-Prejudice": "Building support for an idea by playing on fear of an alternative or on prejudice.",
    "Flag_Waving": "Justifying an idea by the pride or interest of a nation or group.",
    "Causal_Oversimplification": "One cause blamed for an outcome that has many.",
    "Appeal_to_Authority": "A claim held true because an authority (or a self-styled one) says it.",
    "Slogans": "A short, punchy phrase meant to stick, often a call to act.",
    "False_Dilemma-No_Choice": "Two options presented as the only ones, or one as the only way.",
    "Conversation_Killer": "A phrase that ends discussion instead of answering it (thought-terminating cliché).",
    "Guilt_by_Association": "Discrediting something by linking it to a disliked person, group or idea.",
    "Red_Herring": "Bringing in an irrelevant topic to pull attention away from the point.",
    "Appeal_to_Hypocrisy": "Attacking the opponent as a hypocrite instead of answering (tu quoque).",
    "Obfuscation-Vagueness-Confusion": "Deliberately unclear wording that lets the reader assume what is not said.",
    "Whataboutism": "Answering an accusation by pointing at the accuser's alleged wrongs.",
    "Straw_Man": "Refuting a distorted version of the opponent's position.",
    "Appeal_to_Popularity": "Something is right because many people (supposedly) think or do it.",
    "Questioning_the_Reputation": "Attacking the character or record of a person or group instead of their case.",
    "Appeal_to_Values": "Justifying an idea by values the audience holds dear (freedom, tradition, faith).",
    "Consequential_Oversimplification": "One step said to lead inevitably to a chain of (bad) outcomes.",
    "Appeal_to_Time": "Urging action because now is supposedly the moment (or it will be too late).",
}
TECHNIQUES: tuple[str, ...] = tuple(DEFINITIONS)

ANALYST_CUES: dict[str, str] = {
    "Rhetorical_Question": "A question asked to plant a suspicion, not to be answered (\"Who benefits?\").",
    "Unnamed_Source": "A claim attributed to sources nobody can check (\"local sources\", \"experts say\").",
    "Vague_Quantity": "A number left vague (\"dozens\", \"hundreds of\", \"тысячи\") where a figure is claimed.",
}
