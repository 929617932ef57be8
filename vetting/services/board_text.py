"""What the hiring board may read of a finding: where it was, as a kind, and text that names no one.

An account name or a web address can reveal exactly what the redaction pass removed (a
Grindr profile says what a redacted orientation said), and contact details identify people
the board has no need to know. So the board sees a finding's platform only as a kind from a
closed list, and every link, e-mail address, phone number and @handle in the text it reads
becomes a neutral placeholder. The reviewer still sees the finding as it was logged.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from vetting.models.findings import OTHER_WEBSITE, PLATFORM_KINDS

LINK, CONTACT, ACCOUNT = "[link]", "[contact]", "[account]"

# Known platforms by the word a searcher writes, and by their web addresses. Unknown ones
# are "other website": a kind says little, which is the point.
_KNOWN = {
    "social media": (
        "facebook", "instagram", "twitter", "x", "threads", "snapchat", "linkedin",
        "pinterest", "tumblr", "mastodon", "bluesky", "myspace", "nextdoor", "vk", "weibo",
        "telegram", "whatsapp", "grindr", "tinder", "bumble", "hinge", "okcupid", "match",
        "plenty of fish", "badoo", "onlyfans", "truth social", "parler", "gettr", "flickr",
        "strava", "venmo", "yelp", "goodreads", "soundcloud", "spotify", "social media",
    ),
    "video": ("youtube", "tiktok", "vimeo", "twitch", "rumble", "dailymotion", "kick",
              "bitchute", "odysee", "video"),
    "news": ("news", "newspaper", "journal", "times", "gazette", "herald", "tribune", "post",
             "reuters", "associated press", "ap", "patch", "kob", "koat", "krqe", "kunm",
             "new mexican", "searchlight", "abqjournal", "magazine", "press release"),
    "court or public record": (
        "court", "courts", "pacer", "odyssey", "case lookup", "caselookup", "public record",
        "public records", "record", "records", "registry", "clerk", "county", "sheriff",
        "secretary of state", "recorder", "docket", "arrest", "booking", "inmate", "vinelink",
    ),
    "forum": ("reddit", "forum", "forums", "4chan", "8kun", "quora", "discord", "stack exchange",
              "stackoverflow", "something awful", "kiwi farms", "gab", "message board",
              "bulletin board", "craigslist"),
}
_HOSTS = {
    "facebook.com": "social media", "fb.com": "social media", "instagram.com": "social media",
    "twitter.com": "social media", "x.com": "social media", "threads.net": "social media",
    "snapchat.com": "social media", "linkedin.com": "social media",
    "pinterest.com": "social media", "tumblr.com": "social media",
    "mastodon.social": "social media", "bsky.app": "social media",
    "myspace.com": "social media", "nextdoor.com": "social media", "grindr.com": "social media",
    "tinder.com": "social media", "bumble.com": "social media", "hinge.co": "social media",
    "okcupid.com": "social media", "match.com": "social media", "t.me": "social media",
    "truthsocial.com": "social media", "flickr.com": "social media",
    "youtube.com": "video", "youtu.be": "video", "tiktok.com": "video", "vimeo.com": "video",
    "twitch.tv": "video", "rumble.com": "video", "dailymotion.com": "video",
    "reddit.com": "forum", "redd.it": "forum", "4chan.org": "forum", "quora.com": "forum",
    "discord.com": "forum", "discord.gg": "forum", "stackexchange.com": "forum",
    "stackoverflow.com": "forum", "craigslist.org": "forum",
    "nmcourts.gov": "court or public record", "pacer.gov": "court or public record",
    "uscourts.gov": "court or public record", "courtlistener.com": "court or public record",
    "vinelink.com": "court or public record",
    "abqjournal.com": "news", "santafenewmexican.com": "news", "koat.com": "news",
    "kob.com": "news", "krqe.com": "news", "apnews.com": "news", "reuters.com": "news",
    "nytimes.com": "news", "patch.com": "news", "sourcenm.com": "news",
}
# Longest first, so "X-Press News" is news, not X.
_WORDS = [(re.compile(r"(?<![\w.])" + re.escape(word).replace(r"\ ", r"\s+") + r"(?!\w)",
                      re.IGNORECASE), kind)
          for word, kind in sorted(((w, k) for k, ws in _KNOWN.items() for w in ws),
                                   key=lambda pair: -len(pair[0]))]

# Web addresses: with a scheme, starting www., or a bare name.tld (a common TLD, so that
# "e.g." or "3.5" stay text). Trailing punctuation belongs to the sentence, not the address.
_TLDS = ("com|net|org|edu|gov|mil|int|io|co|us|uk|ca|de|fr|es|it|nl|se|no|ru|cn|jp|kr|in|au|"
         "nz|mx|br|me|tv|info|biz|app|dev|ly|gg|be|xyz|social|online|site|news|to|fm|am|ai|"
         "link|live|blog|club|shop|page")
_TAIL = r"(?:[^\s<>\"]*[^\s<>\"'.,;:!?)\]}])?"
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"]*[^\s<>\"'.,;:!?)\]}]"
    r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")\b(?:[/?#]" + _TAIL
    + ")?",
    re.IGNORECASE)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# North American numbers in their usual spellings, and international ones written with "+".
_PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\w)"
    r"|(?<!\w)\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\w)")
# @name as on most platforms, and u/name as on Reddit.
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
                     r"|(?<![\w/])/?u/[A-Za-z0-9_-]{3,}")


def _phone(match: re.Match) -> str:
    # Seven digits at least: "+3 10 20" in a sentence is a score, not a number to call.
    return CONTACT if sum(c.isdigit() for c in match.group()) >= 7 else match.group()


def neutralise(text: str) -> str:
    """``text`` with every link, e-mail address, phone number and @handle as a placeholder."""
    text = _EMAIL.sub(CONTACT, text)  # first: an address holds a name.tld the link rule wants
    text = _URL.sub(LINK, text)
    text = _PHONE.sub(_phone, text)
    return _HANDLE.sub(ACCOUNT, text)


def platform_kind_of(platform: str, url: str = "") -> str:
    """The kind of a free-text platform (and its URL), from the known-platform table."""
    host = (urlsplit(url.strip()).hostname or "") if url else ""
    for address in [host] + [urlsplit(m.group()).hostname or m.group().lower()
                             for m in _URL.finditer(platform or "")]:
        address = address.removeprefix("www.")
        for known, kind in _HOSTS.items():
            if address == known or address.endswith("." + known):
                return kind
    for pattern, kind in _WORDS:
        if pattern.search(platform or ""):
            return kind
    return OTHER_WEBSITE


def board_finding(row: Mapping) -> dict:
    """One finding of a released summary as the board reads it (an older release included)."""
    kind = row.get("platform_kind")
    if kind not in PLATFORM_KINDS:
        kind = platform_kind_of(str(row.get("platform") or ""))
    return {"relevance": row["relevance"], "platform_kind": kind,
            "captured_on": row["captured_on"], "text": neutralise(row["text"])}


def board_summary(content: Mapping) -> dict:
    """A released summary as the board reads it: platform kinds and neutral placeholders only."""
    out = {key: value for key, value in content.items() if key != "findings"}
    for key in ("cycle", "position"):
        if isinstance(out.get(key), str):
            out[key] = neutralise(out[key])
    out["findings"] = [board_finding(row) for row in content.get("findings", [])]
    return out
