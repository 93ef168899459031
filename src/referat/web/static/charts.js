// Draws every chart whose specification the page carries in a JSON data block.
document.querySelectorAll("script[type='application/json'][data-chart]").forEach(function (block) {
  var spec = JSON.parse(block.textContent);
  var target = document.getElementById(block.getAttribute("data-chart"));
  if (target && window.Plotly) {
    window.Plotly.newPlot(target, spec.data, spec.layout, {displayModeBar: false, responsive: true});
  }
});
