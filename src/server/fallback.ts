/** A plain page that lists actors, memberships and the timeline, shown when the dashboard is not built. */
export function fallbackPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Multivector</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}</style>
</head><body><h1>Multivector</h1><p>The dashboard is not built (run <code>npm run build:web</code>). The API answers under <code>/api</code>.</p>
<h2>Actors</h2><table id="actors"></table><h2>CSTO members on 2022-01-01</h2><table id="memberships"></table><h2>Timeline</h2><table id="timeline"></table>
<script>
const rows=(id,items,cols)=>{document.getElementById(id).innerHTML='<tr>'+cols.map(c=>'<th>'+c+'</th>').join('')+'</tr>'+items.map(r=>'<tr>'+cols.map(c=>'<td>'+String(r[c]??'').replace(/</g,'&lt;')+'</td>').join('')+'</tr>').join('')};
fetch('/api/actors').then(r=>r.json()).then(d=>rows('actors',d.items,['code','name','kind']));
fetch('/api/memberships?at=2022-01-01&org=CSTO').then(r=>r.json()).then(d=>rows('memberships',d.items,['actor','actorName','role','from']));
fetch('/api/timeline?limit=1000').then(r=>r.json()).then(d=>rows('timeline',d.items,['date','source','target','code','label']));
</script></body></html>`;
}
