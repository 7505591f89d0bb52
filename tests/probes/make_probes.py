"""Make a blind-format jsonl (kinds: [[name]], [[p:phone]], [[i:id]], [[e:email]]) from lines 'lang<TAB>text with [[name]] marks and {{keep}} marks'."""
import json,re,sys
out=[]
for n,line in enumerate(open(sys.argv[1],encoding="utf-8")):
    line=line.rstrip("\n")
    if not line.strip() or line.startswith("#"): continue
    lang,raw=line.split("\t",1)
    raw=raw.replace("\\n","\n")
    spans=[];keep=[];text="";pos=0
    for m in re.finditer(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}",raw):
        text+=raw[pos:m.start()]
        if m.group(1):
            kind, val = "name", m.group(1)
            if val[:2] in ("p:", "i:", "e:"):
                kind, val = {"p:": "phone", "i:": "id_number", "e:": "email"}[val[:2]], val[2:]
            spans.append({"start":len(text),"end":len(text)+len(val),"kind":kind,"text":val}); text+=val
        else:
            keep.append(m.group(2)); text+=m.group(2)
        pos=m.end()
    text+=raw[pos:]
    out.append({"id":f"{sys.argv[3]}-{lang}-{n:03d}","lang":lang,"text":text,"spans":spans,"keep":keep})
with open(sys.argv[2],"w",encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out),"items",sum(len(o["spans"]) for o in out),"spans")
